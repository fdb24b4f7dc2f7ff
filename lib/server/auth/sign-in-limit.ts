import "server-only";
import { NextResponse } from "next/server";
import { tooManyAttemptsCode, tooManySignInsMessage } from "@/lib/domain/auth/wait-message";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { signInWait } from "./rate-limits";

/**
 * In front of next-auth's credentials callback: a caller over a sign-in limit gets a 429 with
 * Retry-After and a message saying when, before the password is even hashed. The body keeps
 * next-auth's own shape (`url` with `?error=`), so its client's signIn() reads it as usual.
 */
export async function refuseLimitedSignIn(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (request.method !== "POST" || !url.pathname.endsWith("/callback/credentials")) return null;
  let email = "";
  try {
    const value = (await request.clone().formData()).get("email");
    email = typeof value === "string" ? value : "";
  } catch {
    return null; // next-auth answers a body it cannot read itself
  }
  const wait = await signInWait(email, clientAddressOf(request.headers));
  if (wait === 0) return null;
  const target = new URL("/signin", url.origin);
  target.searchParams.set("error", tooManyAttemptsCode(wait));
  return NextResponse.json(
    { url: target.toString(), error: tooManySignInsMessage(wait) },
    { status: 429, headers: { "Retry-After": String(wait), "Cache-Control": "no-store" } },
  );
}
