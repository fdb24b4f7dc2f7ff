import "server-only";
import { renameSetSchema } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { SET_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { setSummarySelect, summarizeSet, type SetSummary } from "./set-summary";

/**
 * Renames one of the caller's sets. Assignments, results and gradebooks read the name from the
 * set, so they show the new one at once. Another instructor's set, or a learner, gets "not
 * found", as reading it does (get-set.ts).
 */
export async function renameSet(
  caller: Caller,
  setId: string,
  input: unknown,
): Promise<ServiceResult<SetSummary>> {
  if (!isInstructor(caller)) return fail("not_found", SET_NOT_FOUND);
  const parsed = renameSetSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the set's name.", parsed.error.flatten().fieldErrors);
  const { count } = await db.studySet.updateMany({
    where: { id: setId, instructorId: caller.id },
    data: { name: parsed.data.name },
  });
  if (count === 0) return fail("not_found", SET_NOT_FOUND);
  const row = await db.studySet.findFirst({
    where: { id: setId, instructorId: caller.id },
    select: setSummarySelect,
  });
  return row ? ok(await summarizeSet(row)) : fail("not_found", SET_NOT_FOUND);
}
