import "server-only";
import type { JWT } from "next-auth/jwt";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { sqlQuery } from "@/lib/server/sql";
import { ok, type ServiceResult } from "@/lib/server/service-result";
import type { SessionUser } from "./verify-credentials";

/**
 * Revocable sessions. Sessions are signed cookies (JWTs) that no server can delete, so each
 * one carries the user's session version from when it began, and every read of a session
 * compares it with the user's row: raising the version (sign out everywhere, a password
 * change) ends every session at once, and a deleted user's sessions end with the row. The
 * row is read on every session read anyway (the role comes from it, not from the cookie).
 */
export class SessionRevokedError extends Error {
  constructor() {
    super("The session was revoked.");
    this.name = "SessionRevokedError";
  }
}

type Client = Pick<typeof db, "user">;

/** What a new session's token carries about its user. */
export async function sessionClaims(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, sessionVersion: true },
  });
  return user ? { uid: user.id, role: user.role, sv: user.sessionVersion } : null;
}

/**
 * The token, refreshed from the user's row (its role may have changed), or SessionRevokedError
 * when the user is gone or signed out everywhere since it was issued. A token from before
 * versions existed counts as version 0, the column's default, so a deploy signs nobody out.
 */
export async function checkSessionToken(token: JWT): Promise<JWT> {
  if (!token.uid) throw new SessionRevokedError();
  let user: { role: JWT["role"]; sessionVersion: number } | null;
  try {
    user = await db.user.findUnique({
      where: { id: token.uid },
      select: { role: true, sessionVersion: true },
    });
  } catch {
    // The database is unreachable: keep the session (next-auth would delete the cookie of
    // any session whose check throws). Nothing is served without the database anyway: every
    // page and route reads the user again, and answers 503 while it is away.
    return token;
  }
  if (!user || user.sessionVersion !== (token.sv ?? 0)) throw new SessionRevokedError();
  return { ...token, role: user.role };
}

/**
 * The user a token stands for, read from their row in one statement, or null when the token
 * names nobody, the user is gone or their sessions were ended since it was issued (the check
 * `checkSessionToken` makes for next-auth, made here for the app's own reads).
 */
export async function userOfToken(
  token: Pick<JWT, "uid" | "sv">,
): Promise<(SessionUser & { timeZone: string }) | null> {
  if (!token.uid) return null;
  // Sent with pg itself: every request makes this read, and Prisma's client cost more CPU
  // than PostgreSQL did (lib/server/sql.ts).
  const [user] = await sqlQuery<SessionUser & { timeZone: string }>(Prisma.sql`
    SELECT id, email, name, role::text AS role, "timeZone" FROM "User"
    WHERE id = ${token.uid} AND "sessionVersion" = ${token.sv ?? 0}`);
  return user ?? null;
}

/** Ends every session of the user, on every device (inside the caller's transaction if any). */
export async function revokeSessions(userId: string, client: Client = db): Promise<void> {
  await client.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
  });
}

/** "Sign out everywhere", this browser included. */
export async function signOutEverywhere(userId: string): Promise<ServiceResult<{ done: true }>> {
  await revokeSessions(userId);
  return ok({ done: true });
}
