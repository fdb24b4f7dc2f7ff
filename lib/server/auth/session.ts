import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { authOptions } from "./auth-options";
import type { SessionUser } from "./verify-credentials";

export type CurrentUser = SessionUser & { timeZone: string };

/**
 * The signed-in user, read from the database on every request (once per request thanks to
 * React's cache): a deleted account or a changed role takes effect at once, and nothing the
 * browser sends decides who the caller is beyond the signed session cookie.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, timeZone: true },
  });
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
