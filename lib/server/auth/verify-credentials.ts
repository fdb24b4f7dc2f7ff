import "server-only";
import { signInSchema } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { verifyDecoyPassword, verifyPassword } from "@/lib/server/password";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: "LEARNER" | "INSTRUCTOR";
};

/**
 * Checks an email and password. Returns the user, or null for every kind of failure (unknown
 * email, no password set, wrong password, malformed input) so callers cannot tell them apart.
 */
export async function verifyCredentials(input: unknown): Promise<SessionUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  if (!user?.passwordHash) return verifyDecoyPassword(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
