import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env, usesSecureCookies } from "@/lib/env";
import { decodeSessionToken } from "./decode-session-token";
import { userOfToken } from "./session-version";
import type { SessionUser } from "./verify-credentials";

export type CurrentUser = SessionUser & { timeZone: string };

/** next-auth's session cookie: its name, split into `.0`, `.1`... when it grows past 4 KB. */
function sessionCookie(jar: Awaited<ReturnType<typeof cookies>>): string | undefined {
  const name = `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

/**
 * The signed-in user, read from the database on every request (once per request thanks to
 * React's cache): a deleted account, a changed role or "sign out everywhere" takes effect at
 * once, and nothing the browser sends decides who the caller is beyond the signed session
 * cookie. The cookie is decrypted here (as next-auth's `decode` does, with its key derived
 * once per secret, not per request) and the user's row read in one statement that also
 * checks the session version; `getServerSession` did the same through next-auth's handler
 * (a CSRF token, the token re-encrypted, and the row read twice) on every request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // `npm start` and `npm run dev` always set a secret (next-auth signs nothing without one).
  const secret = env.NEXTAUTH_SECRET;
  const raw = sessionCookie(await cookies());
  if (!raw || !secret) return null;
  let token;
  try {
    token = await decodeSessionToken(raw, secret);
  } catch {
    return null; // not ours, tampered with, or expired
  }
  return userOfToken(token);
});

export function signInPath(callbackPath: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(callbackPath)}`;
}

/** For protected pages: the current user, or a redirect to sign-in that comes back here. */
export async function requireUser(callbackPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(callbackPath));
  return user;
}
