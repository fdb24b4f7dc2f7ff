import "server-only";
import { waitInWords } from "@/lib/domain/auth/wait-message";
import { isWellFormedJoinCode } from "@/lib/domain/classes/join-code";
import { joinClassSchema } from "@/lib/schemas/classes";
import { joinCodeWait, recordWrongJoinCode } from "@/lib/server/auth/rate-limits";
import { db } from "@/lib/server/db";
import { fail, ok, rateLimited, type ServiceResult } from "@/lib/server/service-result";
import type { Caller } from "./caller";
import { UNKNOWN_JOIN_CODE } from "./join-class";

/** What the join link's page says of a class before the caller joins it. */
export type ClassByJoinCode = {
  name: string;
  instructorName: string;
  /** "member": the caller is in it already; "instructor": the caller teaches it. */
  caller: "outsider" | "member" | "instructor";
};

/**
 * The class a join code opens, named before joining (walk finding 7: the page showed only the
 * code). It tells exactly what joining tells (the class's name and its instructor's) and no
 * more, and a code that opens nothing (unknown, rotated away, an archived class's) counts
 * against the same limit as a wrong join (lib/server/auth/rate-limits.ts): the page is no
 * freer a way of trying codes than joining is.
 */
export async function getClassByJoinCode(
  caller: Caller,
  code: string,
  address: string,
): Promise<ServiceResult<ClassByJoinCode>> {
  const wait = await joinCodeWait(caller.id, address);
  if (wait > 0)
    return rateLimited(`Too many wrong join codes. Try again ${waitInWords(wait)}.`, wait);
  const parsed = joinClassSchema.safeParse({ code });
  const found =
    parsed.success && isWellFormedJoinCode(parsed.data.code)
      ? await db.class.findFirst({
          where: { joinCode: parsed.data.code, archivedAt: null },
          select: {
            id: true,
            name: true,
            instructorId: true,
            instructor: { select: { name: true } },
            members: { where: { userId: caller.id }, select: { userId: true } },
          },
        })
      : null;
  if (!found) {
    await recordWrongJoinCode(caller.id, address);
    return fail("not_found", UNKNOWN_JOIN_CODE);
  }
  return ok({
    name: found.name,
    instructorName: found.instructor.name,
    caller:
      found.instructorId === caller.id
        ? "instructor"
        : found.members.length > 0
          ? "member"
          : "outsider",
  });
}
