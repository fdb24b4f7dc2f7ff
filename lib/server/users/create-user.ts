import "server-only";
import { timingSafeEqual } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { isValidTimeZone } from "@/lib/domain/time/zoned-time";
import { env } from "@/lib/env";
import { signUpSchema } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

export type CreatedUser = {
  id: string;
  email: string;
  name: string;
  role: "LEARNER" | "INSTRUCTOR";
};

function codesMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Signs a new account up. Untrusted input: validated here, whatever the caller checked.
 * An instructor account needs INSTRUCTOR_SIGNUP_CODE when the server sets one.
 */
export async function createUser(
  input: unknown,
  config: { instructorCode?: string } = { instructorCode: env.INSTRUCTOR_SIGNUP_CODE },
): Promise<ServiceResult<CreatedUser>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    return fail(
      "invalid",
      "Please correct the highlighted fields.",
      parsed.error.flatten().fieldErrors,
    );
  }
  const { name, email, password, role, instructorCode, timeZone } = parsed.data;
  const requiredCode = config.instructorCode;
  if (role === "INSTRUCTOR" && requiredCode && !codesMatch(instructorCode ?? "", requiredCode)) {
    const message =
      "That instructor code is not right. Ask your organisation for it, or sign up as a learner.";
    return fail("forbidden", message, { instructorCode: [message] });
  }
  try {
    const user = await db.user.create({
      data: {
        name,
        email,
        role,
        passwordHash: await hashPassword(password),
        // Days, streaks and due dates are local: start from the browser's zone when it is a
        // real one (settings change it later); an unknown or missing zone means UTC.
        timeZone: timeZone && isValidTimeZone(timeZone) ? timeZone : "UTC",
      },
      select: { id: true, email: true, name: true, role: true },
    });
    return ok(user);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = "An account with this email already exists. Sign in instead.";
      return fail("conflict", message, { email: [message] });
    }
    throw error;
  }
}
