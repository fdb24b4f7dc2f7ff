// Runs in the browser: the one way a component calls our JSON routes.
import type { FieldErrors } from "@/lib/schemas/auth";
import { OCTET_STREAM } from "@/lib/domain/interop/octet-stream";

/**
 * A request's outcome, sorted by what the caller can do about it:
 * - ok: the route answered `{ ok: true, data }` with a 2xx;
 * - rejected: a 4xx (other than 408/425/429): sending the same again gets the same answer, so
 *   it is shown (message, status, and the route's per-field messages);
 * - retry: no connection, a 5xx, 408/425/429, or a 2xx that is not our envelope (a captive
 *   portal or proxy page is not a confirmation). `status` is null without a reply;
 *   `retryAfterSeconds` is the server's Retry-After on a 429 or 503, when it sent one.
 * Failures carry a message fit to show as it is.
 */
export type RequestResult<T> =
  | { kind: "ok"; data: T }
  | { kind: "rejected"; status: number; error: string; fieldErrors: FieldErrors }
  | { kind: "retry"; status: number | null; error: string; retryAfterSeconds?: number };

export type RequestFailure = Exclude<RequestResult<unknown>, { kind: "ok" }>;

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type RequestOptions = {
  method?: Method;
  /** Sent as JSON; omit for a request without a body. */
  body?: unknown;
  /** A file sent as is (application/octet-stream) instead of a JSON body: the import routes. */
  file?: Blob;
  /** Lets a request started just before the tab closes still reach the server. */
  keepalive?: boolean;
};

/** The part of `fetch` this module uses: tests pass a fake in its place. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export const OFFLINE_MESSAGE =
  "We could not reach the server. Check your connection and try again.";
export const SERVER_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";
export const BUSY_MESSAGE = "The server is busy. Please try again in a moment.";
export const UNREADABLE_MESSAGE = "The server's reply could not be read. Please try again.";
export const refusedMessage = (status: number) => `The server refused the request (${status}).`;

const RETRYABLE_4XX = new Set([408, 425, 429]);

type Envelope = { ok: boolean; data?: unknown; error?: unknown; fieldErrors?: unknown };

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === "object" &&
    value !== null &&
    "ok" in value &&
    typeof (value as { ok: unknown }).ok === "boolean"
  );
}

/** Keeps only well-formed `{ field: string[] }` entries: the reply is not trusted blindly. */
function readFieldErrors(value: unknown): FieldErrors {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const result: FieldErrors = {};
  for (const [key, messages] of Object.entries(value)) {
    if (!Array.isArray(messages)) continue;
    const strings = messages.filter((m): m is string => typeof m === "string" && m !== "");
    if (strings.length) result[key] = strings;
  }
  return result;
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3), in whole seconds. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // A date names its day and month in letters; without them Date.parse guesses ("1.5" is a date).
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

async function readBody(reply: Response): Promise<unknown> {
  try {
    return await reply.json();
  } catch {
    return undefined;
  }
}

/**
 * Sends one request to our API. Every request other than GET says it is JSON, with or without
 * a body, so the server can refuse anything else (a cross-site form cannot send that header).
 * Cookies go with same-origin requests only, and replies are never cached.
 */
export async function requestJson<T>(
  url: string,
  { method = "GET", body, file, keepalive }: RequestOptions = {},
  transport: Fetch = (input, init) => fetch(input, init),
  now: () => number = Date.now,
): Promise<RequestResult<T>> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method !== "GET") headers["Content-Type"] = file ? OCTET_STREAM : "application/json";
  let reply: Response;
  try {
    reply = await transport(url, {
      method,
      headers,
      body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: "same-origin",
      cache: "no-store",
      ...(keepalive ? { keepalive: true } : {}),
    });
  } catch {
    return { kind: "retry", status: null, error: OFFLINE_MESSAGE };
  }

  const payload = await readBody(reply);
  const envelope = isEnvelope(payload) ? payload : undefined;
  const serverMessage =
    typeof envelope?.error === "string" && envelope.error !== "" ? envelope.error : undefined;
  const status = reply.status;

  if (status >= 500 || RETRYABLE_4XX.has(status)) {
    const retryAfterSeconds =
      status === 429 || status === 503
        ? parseRetryAfter(reply.headers.get("Retry-After"), now())
        : undefined;
    return {
      kind: "retry",
      status,
      error: serverMessage ?? (status >= 500 ? SERVER_ERROR_MESSAGE : BUSY_MESSAGE),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
  if (reply.ok) {
    return envelope?.ok
      ? { kind: "ok", data: envelope.data as T }
      : { kind: "retry", status, error: UNREADABLE_MESSAGE };
  }
  return {
    kind: "rejected",
    status,
    error: serverMessage ?? refusedMessage(status),
    fieldErrors: readFieldErrors(envelope?.fieldErrors),
  };
}
