import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// An early redirect for visitors without a session. Pages still check the session
// themselves (requireUser): this is a convenience, not the security boundary.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const url = request.nextUrl.clone();
  const callbackUrl = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    "/quizzes/:path*",
    "/flashcards/:path*",
    "/progress/:path*",
    "/classes/:path*",
    "/assignments/:path*",
    "/settings/:path*",
    "/account/:path*",
  ],
};
