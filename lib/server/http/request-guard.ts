import "server-only";
import { env } from "@/lib/env";
import { findUnsafeText, unsafePathReason, unsafeTextReason } from "@/lib/schemas/text";
import { fail, ok, type ServiceFailure, type ServiceResult } from "@/lib/server/service-result";

/** The largest JSON body any route reads; nothing the app sends comes near it. */
export const JSON_BODY_LIMIT = 64 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Body types another site cannot send without a CORS preflight (which the app never grants):
 * JSON for every route, and raw bytes for the file imports (`app/api/sets/[setId]/import`).
 */
const PREFLIGHTED_TYPES = new Set(["application/json", "application/octet-stream"]);

function ownOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(request.url).origin]);
  if (env.NEXTAUTH_URL) origins.add(new URL(env.NEXTAUTH_URL).origin);
  return origins;
}

/**
 * CSRF: a state-changing request must be JSON (a cross-site form or `no-cors` fetch can only
 * send form or text/plain bodies without a preflight) and come from the app's own origin:
 * `Origin` matching, or, from a browser that sends no Origin, `Sec-Fetch-Site: same-origin`.
 * SameSite cookies alone let another port of the same host through.
 */
export function refuseCrossSite(request: Request): ServiceFailure | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.get("origin");
  const sameOrigin = origin
    ? ownOrigins(request).has(origin)
    : request.headers.get("sec-fetch-site") === "same-origin";
  if (!sameOrigin) return fail("forbidden", "Requests that change data must come from this app.");
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (!PREFLIGHTED_TYPES.has(type ?? ""))
    return fail("forbidden", "Requests that change data must be sent as application/json.");
  return null;
}

/** A path or route parameter that decodes badly or holds unstorable text: 400, not a 500. */
export function refuseBadPath(request: Request, params: unknown): ServiceFailure | null {
  const reason = unsafePathReason(new URL(request.url).pathname);
  if (reason) return fail("bad_request", reason);
  if (params && typeof params === "object") {
    for (const value of Object.values(params).flat()) {
      if (typeof value === "string" && unsafeTextReason(value))
        return fail("bad_request", "The address contains characters that name nothing.");
    }
  }
  return null;
}

const tooLarge = (limit: number) =>
  fail("too_large", `The request body is larger than ${Math.round(limit / 1024)} KB.`);
const NOT_JSON = fail("bad_request", "The request body must be JSON.");

/**
 * The body as JSON, read with a cap: a declared Content-Length over the limit is refused
 * before reading, and a body that streams past it is cut off, so a 100 MB upload costs
 * 64 KB of memory. Then strict UTF-8, JSON, and no unstorable text anywhere inside.
 */
export async function readJsonBody(
  request: Request,
  limit = JSON_BODY_LIMIT,
): Promise<ServiceResult<unknown>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
  if (!request.body) return NOT_JSON;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("bad_request", "The request body is not valid UTF-8.");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
  const unsafe = findUnsafeText(body);
  if (unsafe) return fail("bad_request", unsafe);
  return ok(body);
}
