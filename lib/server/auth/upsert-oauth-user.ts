import "server-only";
import { db } from "@/lib/server/db";

/**
 * Finds or creates the user behind an OAuth sign-in. An email that already belongs to an
 * account is not linked silently: that would let whoever controls the provider account take
 * the existing one over. Returns null in that case (the sign-in is refused).
 */
export async function upsertOAuthUser(
  provider: string,
  providerAccountId: string,
  email: string,
  name: string,
) {
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, role: true } } },
  });
  if (linked) return linked.user;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return null;
  return db.user.create({
    data: { email, name, oauthAccounts: { create: { provider, providerAccountId } } },
    select: { id: true, role: true },
  });
}
