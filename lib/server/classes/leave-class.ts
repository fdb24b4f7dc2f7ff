import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { CLASS_NOT_FOUND, type Caller } from "./caller";

/** The caller leaves a class they belong to; their own attempts are kept. */
export async function leaveClass(
  caller: Caller,
  classId: string,
): Promise<ServiceResult<{ classId: string }>> {
  const { count } = await db.classMember.deleteMany({ where: { classId, userId: caller.id } });
  if (count === 0) return fail("not_found", CLASS_NOT_FOUND);
  return ok({ classId });
}
