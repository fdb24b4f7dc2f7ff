import "server-only";
import { waitInWords } from "@/lib/domain/auth/wait-message";
import { isWellFormedJoinCode } from "@/lib/domain/classes/join-code";
import { Prisma } from "@/lib/generated/prisma/client";
import { joinClassSchema } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { joinCodeWait, recordWrongJoinCode } from "@/lib/server/auth/rate-limits";
import { fail, ok, rateLimited, type ServiceResult } from "@/lib/server/service-result";
import type { Caller } from "./caller";

export const UNKNOWN_JOIN_CODE = "No class has that join code. Check it with your instructor.";
const ALREADY_MEMBER = "You are already in this class.";

export type JoinedClass = { classId: string; name: string; instructorName: string };

/**
 * Joins a class by its code (or a pasted join link). Unknown, rotated-away and archived codes
 * all read the same: "no class has that join code". Joining twice is a 409, not a silent
 * success, so the learner knows the first join worked.
 */
export async function joinClass(
  caller: Caller,
  input: unknown,
): Promise<ServiceResult<JoinedClass>> {
  const parsed = joinClassSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Enter the class's join code.", parsed.error.flatten().fieldErrors);
  const { code } = parsed.data;
  if (!isWellFormedJoinCode(code))
    return fail("not_found", UNKNOWN_JOIN_CODE, { code: [UNKNOWN_JOIN_CODE] });
  try {
    return await db.$transaction(async (tx) => {
      // FOR SHARE: an archive or a code rotation running at the same time waits for the join
      // (or the join sees its result), so nobody joins through a code that was already retired.
      const [found] = await tx.$queryRaw<{ id: string; name: string; instructorId: string }[]>`
        SELECT id, name, "instructorId" FROM "Class"
        WHERE "joinCode" = ${code} AND "archivedAt" IS NULL FOR SHARE`;
      if (!found) return fail("not_found", UNKNOWN_JOIN_CODE, { code: [UNKNOWN_JOIN_CODE] });
      if (found.instructorId === caller.id)
        return fail("conflict", "You teach this class: you cannot join it as a learner.");
      const existing = await tx.classMember.findUnique({
        where: { classId_userId: { classId: found.id, userId: caller.id } },
        select: { classId: true },
      });
      if (existing) return fail("conflict", ALREADY_MEMBER);
      await tx.classMember.create({ data: { classId: found.id, userId: caller.id } });
      const instructor = await tx.user.findUniqueOrThrow({
        where: { id: found.instructorId },
        select: { name: true },
      });
      return ok({ classId: found.id, name: found.name, instructorName: instructor.name });
    });
  } catch (error) {
    // Two joins racing: the second hits the primary key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return fail("conflict", ALREADY_MEMBER);
    throw error;
  }
}

/**
 * joinClass behind the join-code guessing limit (issue 12, finding 1): wrong codes count per
 * user and per address, and past the limit the answer is a 429 saying when to try again.
 */
export async function joinClassLimited(
  caller: Caller,
  input: unknown,
  address: string,
): Promise<ServiceResult<JoinedClass>> {
  const wait = await joinCodeWait(caller.id, address);
  if (wait > 0) {
    return rateLimited(`Too many wrong join codes. Try again ${waitInWords(wait)}.`, wait);
  }
  const result = await joinClass(caller, input);
  if (!result.ok && result.code === "not_found") await recordWrongJoinCode(caller.id, address);
  return result;
}
