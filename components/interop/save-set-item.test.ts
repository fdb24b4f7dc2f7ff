import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Fetch } from "@/lib/client/request-json";
import { saveSetItem, type SetItemCollection } from "./save-set-item";

/** A fetch that answers our envelope and records each request. */
function recordingFetch() {
  const calls: { url: string; method: string | undefined; body: unknown }[] = [];
  const transport: Fetch = async (url, init) => {
    calls.push({ url, method: init.method, body: JSON.parse(String(init.body)) });
    return new Response(JSON.stringify({ ok: true, data: { id: "saved" } }), { status: 200 });
  };
  return { transport, calls };
}

describe("saveSetItem posts a new item and puts an edit", () => {
  const input = { front: "Front", back: "Back" };
  test.each<[string, SetItemCollection, string | undefined, string, string]>([
    ["a new card", "cards", undefined, "/api/sets/s1/cards", "POST"],
    ["an edited card", "cards", "c1", "/api/sets/s1/cards/c1", "PUT"],
    ["a new question", "questions", undefined, "/api/sets/s1/questions", "POST"],
    ["an edited question", "questions", "q1", "/api/sets/s1/questions/q1", "PUT"],
    ["an empty id, as a new one", "cards", "", "/api/sets/s1/cards", "POST"],
  ])("%s", async (_name, collection, itemId, url, method) => {
    const { transport, calls } = recordingFetch();
    const result = await saveSetItem("s1", collection, itemId, input, transport);
    expect(result).toEqual({ kind: "ok", data: { id: "saved" } });
    expect(calls).toEqual([{ url, method, body: input }]);
  });

  test("ids stay one path segment each, whatever they hold", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        fc.constantFrom<SetItemCollection>("cards", "questions"),
        fc.string({ minLength: 1 }),
        async (setId, collection, itemId) => {
          const { transport, calls } = recordingFetch();
          await saveSetItem(setId, collection, itemId, {}, transport);
          const segments = calls[0]!.url.split("/").map(decodeURIComponent);
          expect(segments).toEqual(["", "api", "sets", setId, collection, itemId]);
        },
      ),
    );
  });
});
