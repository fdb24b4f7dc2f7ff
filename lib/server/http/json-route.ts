import "server-only";
import { NextResponse } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/session";
import { logger, requestIdOf, withRequestContext } from "@/lib/server/log";
import {
  DomainError,
  fail,
  type ServiceFailure,
  type ServiceResult,
} from "@/lib/server/service-result";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from "./database-unavailable";
import { readJsonBody, refuseBadPath, refuseCrossSite } from "./request-guard";
import { HTTP_STATUS } from "./status";

/** A service failure as the JSON envelope, with its status (and Retry-After when limited). */
export function failureResponse(failure: ServiceFailure): NextResponse {
  const { code, retryAfterSeconds, ...body } = failure;
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  return NextResponse.json(body, { status: HTTP_STATUS[code], headers });
}

export function toJsonResponse<T>(result: ServiceResult<T>, okStatus = 200): NextResponse {
  if (!result.ok) return failureResponse(result);
  return NextResponse.json(result, { status: okStatus, headers: { "Cache-Control": "no-store" } });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * The edge every route handler goes through: the request id for its log lines; a path that
 * does not decode (400) and a cross-site or non-JSON state-changing request (403) refused
 * before any handler runs; a domain failure thrown from a service answered like a returned
 * one; an unreachable or too slow database answered 503 with Retry-After (clients retry);
 * and anything else answered 500 with a message and the request id, and logged with its cause.
 */
export function withErrorBoundary<C>(handler: Handler<C>): Handler<C> {
  return (request, context) => {
    const requestId = requestIdOf(request.headers);
    return withRequestContext(requestId, async () => {
      try {
        const params = await (context as { params?: Promise<unknown> } | undefined)?.params;
        const refused = refuseBadPath(request, params) ?? refuseCrossSite(request);
        if (refused) return failureResponse(refused);
        const response = await handler(request, context);
        // Answers carry the caller's own data: never stored by a browser or shared cache.
        if (!response.headers.has("cache-control"))
          response.headers.set("Cache-Control", "no-store");
        return response;
      } catch (error) {
        if (error instanceof DomainError) return failureResponse(error.failure);
        if (isDatabaseUnavailable(error)) {
          logger.warn({ err: error, path: new URL(request.url).pathname }, "database unavailable");
          return NextResponse.json(
            { ok: false, error: DATABASE_UNAVAILABLE_MESSAGE, requestId },
            {
              status: 503,
              headers: {
                "Cache-Control": "no-store",
                "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
                "X-Request-Id": requestId,
              },
            },
          );
        }
        logger.error(
          { err: error, method: request.method, path: new URL(request.url).pathname },
          "request failed",
        );
        return NextResponse.json(
          {
            ok: false,
            error: "Something went wrong on our side. Please try again in a moment.",
            requestId,
          },
          { status: 500, headers: { "Cache-Control": "no-store", "X-Request-Id": requestId } },
        );
      }
    });
  };
}

const SIGN_IN = fail("unauthenticated", "Sign in to continue.");

/** For handlers that answer signed-in users only: the user, or 401. */
export function withSignedIn<P>(
  handler: (user: CurrentUser, request: Request, params: P) => Promise<Response>,
) {
  return withErrorBoundary<{ params: Promise<P> }>(async (request, context) => {
    const user = await getCurrentUser();
    if (!user) return failureResponse(SIGN_IN);
    return handler(user, request, await context.params);
  });
}

/**
 * A JSON route handler for signed-in users: 401 without a session, 413 for a body over 64 KB,
 * 400 for a body that is not JSON or holds unstorable text, then the service's own answer.
 * The user comes from the session, never the body.
 */
export function withUser<P>(
  handler: (
    user: CurrentUser,
    body: unknown,
    params: P,
    request: Request,
  ) => Promise<ServiceResult<unknown>>,
  options: { okStatus?: number; body?: boolean } = {},
) {
  return withSignedIn<P>(async (user, request, params) => {
    let body: unknown = undefined;
    if (options.body !== false) {
      const read = await readJsonBody(request);
      if (!read.ok) return failureResponse(read);
      body = read.data;
    }
    return toJsonResponse(await handler(user, body, params, request), options.okStatus);
  });
}
