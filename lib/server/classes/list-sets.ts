import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "./caller";
import { setSummarySelect, summarizeSets, type SetSummary } from "./set-summary";

/** The caller's sets, newest first. */
export async function listSets(caller: Caller): Promise<ServiceResult<SetSummary[]>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const rows = await db.studySet.findMany({
    where: { instructorId: caller.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: setSummarySelect,
  });
  return ok(await summarizeSets(rows));
}
