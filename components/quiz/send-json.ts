/**
 * One JSON request to our API, sorted into the three outcomes the player acts on: the data,
 * a refusal worth showing (4xx: retrying would get the same answer) or a failure worth
 * retrying (no connection, 5xx, 408, 429, or a reply that is not our JSON).
 */
export type SendResult<T> =
  | { kind: "ok"; data: T }
  | { kind: "rejected"; status: number; error: string }
  | { kind: "retry"; status: number | null };

type Method = "PUT" | "PATCH" | "POST";

const RETRYABLE = new Set([408, 425, 429]);

function isEnvelope(value: unknown): value is { ok: boolean; data?: unknown; error?: unknown } {
  return typeof value === "object" && value !== null && "ok" in value;
}

export async function sendJson<T>(
  url: string,
  method: Method,
  body?: unknown,
  options: { keepalive?: boolean } = {},
): Promise<SendResult<T>> {
  let reply: globalThis.Response;
  try {
    reply = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
      // Lets an answer given just before the tab closes still reach the server.
      keepalive: options.keepalive,
    });
  } catch {
    return { kind: "retry", status: null };
  }
  if (reply.status >= 500 || RETRYABLE.has(reply.status))
    return { kind: "retry", status: reply.status };

  let payload: unknown;
  try {
    payload = await reply.json();
  } catch {
    payload = undefined;
  }
  if (reply.ok) {
    // A captive portal or proxy page is not a confirmation: keep the answer and try again.
    return isEnvelope(payload) && payload.ok
      ? { kind: "ok", data: payload.data as T }
      : { kind: "retry", status: reply.status };
  }
  const error =
    isEnvelope(payload) && typeof payload.error === "string"
      ? payload.error
      : `The server refused the request (${reply.status}).`;
  return { kind: "rejected", status: reply.status, error };
}
