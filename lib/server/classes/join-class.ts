import "server-only";
import { isWellFormedJoinCode } from "@/lib/domain/classes/join-code";
import { Prisma } from "@/lib/generated/prisma/client";
import { joinClassSchema } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
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
