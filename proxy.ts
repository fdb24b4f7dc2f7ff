import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { callbackUrlProblem } from "@/lib/domain/auth/safe-callback-url";
import { env, usesSecureCookies } from "@/lib/env";
import { decodeSessionCookie } from "@/lib/server/auth/decode-session-token";
import { unsafePathReason } from "@/lib/schemas/text";
import { createNonce, securityHeaders } from "@/lib/security-headers";

const PROTECTED = [
  "/quizzes",
  "/flashcards",
  "/progress",
  "/classes",
  "/assignments",
  "/settings",
  "/account",
];

const isProtected = (pathname: string) =>
  PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/** A load balancer's request id when it looks like one, else a new one. */
function requestId(request: NextRequest): string {
  const given = request.headers.get("x-request-id");
  return given && /^[\w.-]{8,128}$/.test(given) ? given : crypto.randomUUID();
}

/**
 * An address no page or route can answer (issue 12, finding 2): a path that does not decode
 * or holds NUL, or a callbackUrl that is not a plain path here. A 400 saying so, not a 500.
 */
function refuseAddress(request: NextRequest): string | null {
  const pathProblem = unsafePathReason(request.nextUrl.pathname);
  if (pathProblem) return pathProblem;
  for (const value of request.nextUrl.searchParams.getAll("callbackUrl")) {
    const problem = callbackUrlProblem(value);
    if (problem) return problem;
  }
  return null;
}

// Every request gets an id that the server's log lines carry (and the reply shows), and
// visitors without a session are sent to sign-in early. Pages still check the session
// themselves (requireUser): the redirect is a convenience, not the security boundary. Every
// answer carries the security headers, with a fresh CSP nonce (lib/security-headers.ts).
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const response = await route(request, nonce);
  for (const [name, value] of Object.entries(securityHeaders(nonce, PRODUCTION)))
    response.headers.set(name, value);
  return response;
}

const PRODUCTION = env.NODE_ENV === "production";

const SECURE_COOKIES = usesSecureCookies();

async function route(request: NextRequest, nonce: string): Promise<NextResponse> {
  const id = requestId(request);
  const { pathname, search } = request.nextUrl;
  const refused = refuseAddress(request);
  if (refused) {
    return new NextResponse(refused, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Request-Id": id },
    });
  }
  if (
    isProtected(pathname) &&
    !(await getToken({
      req: request,
      secret: env.NEXTAUTH_SECRET,
      secureCookie: SECURE_COOKIES,
      // The session check's own decode, its key derived once a process: next-auth's default
      // derives it on every call (bench/write-cost.ts, "proxy's getToken" lines).
      decode: decodeSessionCookie,
    }))
  ) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
    const redirect = NextResponse.redirect(url);
    redirect.headers.set("X-Request-Id", id);
    return redirect;
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", id);
  // Next takes the nonce for its own scripts from the request's CSP; the layout reads x-nonce.
  headers.set("x-nonce", nonce);
  headers.set(
    "Content-Security-Policy",
    securityHeaders(nonce, PRODUCTION)["Content-Security-Policy"]!,
  );
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("X-Request-Id", id);
  return response;
}

export const config = {
  // Everything but the build's static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
