import "server-only";
import type { PrismaClient } from "@/prisma/client";
import { hashPassword, verifyPassword } from "@/lib/server/password";

export const DEMO_ACCOUNTS = [
  { email: "learner@example.com", name: "Demo Learner", role: "LEARNER" },
  { email: "instructor@example.com", name: "Demo Instructor", role: "INSTRUCTOR" },
] as const;

export const DEFAULT_DEMO_PASSWORD = "demo-password";

/**
 * Creates the demo accounts, or brings them back to their documented state (role, and the
 * password when it no longer matches). Safe to run on every start.
 */
export async function seedDemoAccounts(db: PrismaClient, password = DEFAULT_DEMO_PASSWORD) {
  const results: { id: string; email: string; created: boolean }[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (!existing) {
      const user = await db.user.create({
        data: { ...account, passwordHash: await hashPassword(password) },
        select: { id: true },
      });
      results.push({ id: user.id, email: account.email, created: true });
      continue;
    }
    const passwordOk = existing.passwordHash
      ? await verifyPassword(existing.passwordHash, password)
      : false;
    await db.user.update({
      where: { id: existing.id },
      data: {
        role: account.role,
        ...(passwordOk ? {} : { passwordHash: await hashPassword(password) }),
      },
    });
    results.push({ id: existing.id, email: account.email, created: false });
  }
  return results;
}
