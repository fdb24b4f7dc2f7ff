// Runs in the browser: how the card and question forms send what they save.
import { requestJson, type Fetch, type RequestResult } from "@/lib/client/request-json";

/** The instructor's own items in a set, each under its own path of the set's API. */
export type SetItemCollection = "cards" | "questions";

/**
 * Saves one of the instructor's items in a set: a new one (no id) is posted to the
 * collection, an edit is put to the item's own address.
 */
export function saveSetItem(
  setId: string,
  collection: SetItemCollection,
  itemId: string | undefined,
  input: unknown,
  transport?: Fetch,
): Promise<RequestResult<unknown>> {
  const base = `/api/sets/${encodeURIComponent(setId)}/${collection}`;
  return itemId
    ? requestJson(
        `${base}/${encodeURIComponent(itemId)}`,
        { method: "PUT", body: input },
        transport,
      )
    : requestJson(base, { method: "POST", body: input }, transport);
}
