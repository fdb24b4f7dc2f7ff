import type { FieldErrors } from "@/lib/schemas/auth";

/**
 * One JSON request to a class, set or assignment route. Unlike the quiz player's sendJson it
 * keeps the route's fieldErrors (forms show them beside their fields) and allows DELETE; a
 * form resubmits by hand, so there is no retry classification.
 */
export type RequestResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors: FieldErrors };

type Method = "POST" | "PUT" | "PATCH" | "DELETE";

const OFFLINE = "We could not reach the server. Check your connection and try again.";

export async function sendRequest<T>(
  url: string,
  method: Method,
  body?: unknown,
): Promise<RequestResult<T>> {
  let reply: globalThis.Response;
  try {
    reply = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    return { ok: false, error: OFFLINE, fieldErrors: {} };
  }
  const payload = (await reply.json().catch(() => null)) as {
    ok?: boolean;
    data?: T;
    error?: unknown;
    fieldErrors?: FieldErrors;
  } | null;
  if (reply.ok && payload?.ok) return { ok: true, data: payload.data as T };
  const error =
    typeof payload?.error === "string"
      ? payload.error
      : reply.status >= 500
        ? "Something went wrong on our side. Please try again."
        : `The server refused the request (${reply.status}).`;
  return { ok: false, error, fieldErrors: payload?.fieldErrors ?? {} };
}
