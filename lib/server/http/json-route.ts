import "server-only";
import { NextResponse } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/session";
import type { ServiceResult } from "@/lib/server/service-result";

export function toJsonResponse<T>(result: ServiceResult<T>, okStatus = 200): NextResponse {
  if (result.ok) return NextResponse.json(result, { status: okStatus });
  const { status, ...body } = result;
  return NextResponse.json(body, { status });
}

/** Reads a JSON body; undefined when it is not JSON (the caller answers 400). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/**
 * A route handler for signed-in users: 401 without a session, 400 for a body that is not
 * JSON, then the service's own answer. The user comes from the session, never the body.
 */
export function withUser<P>(
  handler: (user: CurrentUser, body: unknown, params: P) => Promise<ServiceResult<unknown>>,
  options: { okStatus?: number; body?: boolean } = {},
) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const user = await getCurrentUser();
    if (!user)
      return NextResponse.json({ ok: false, error: "Sign in to continue." }, { status: 401 });
    let body: unknown = undefined;
    if (options.body !== false) {
      body = await readJson(request);
      if (body === undefined)
        return NextResponse.json(
          { ok: false, error: "The request body must be JSON." },
          { status: 400 },
        );
    }
    return toJsonResponse(await handler(user, body, await context.params), options.okStatus);
  };
}
