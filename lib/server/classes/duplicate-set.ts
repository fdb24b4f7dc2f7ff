import "server-only";
import { copyName } from "@/lib/domain/classes/copy-name";
import { Prisma } from "@/lib/generated/prisma/client";
import { SET_NAME_MAX } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { SET_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { lockOwnSet } from "./lock-own-set";
import { setSummarySelect, summarizeSet, type SetSummary } from "./set-summary";

/**
 * Copies one of the caller's sets into a new set of theirs, named "<name> (copy)": the same
 * builder choices and fixed questions or cards, and a copy of every question and card the
 * instructor wrote or imported in it. Nothing of the set's use comes along (assignments,
 * attempts, learners' study), so the copy can be changed freely even when the original is
 * locked by learners' work (set-work.ts), which is what the lock's message advises.
 *
 * A written question keeps its question id: ids name one wording (an edit gives a new one,
 * custom-questions.ts), so the same wording in two sets is one question to the statistics
 * that group by id, as a generated question asked in two sets is. A written card is a new row,
 * so learners study the copy's cards as new cards (their ids are the rows', `custom:<row id>`).
 *
 * Under the set's share lock, so the copy is of the set as one edit left it, never half of one.
 */
export async function duplicateSet(
  caller: Caller,
  setId: string,
): Promise<ServiceResult<SetSummary>> {
  if (!isInstructor(caller)) return fail("not_found", SET_NOT_FOUND);
  const copied = await db.$transaction(async (tx) => {
    if (!(await lockOwnSet(tx, caller.id, setId, "share"))) return null;
    const set = await tx.studySet.findUniqueOrThrow({
      where: { id: setId },
      select: {
        name: true,
        kind: true,
        settings: true,
        questionIds: true,
        pinnedIds: true,
        excludedIds: true,
        cardIds: true,
        contentVersion: true,
        customQuestions: {
          orderBy: { position: "asc" },
          select: { position: true, questionId: true, question: true },
        },
        customCards: {
          orderBy: { position: "asc" },
          select: { position: true, front: true, back: true, source: true },
        },
      },
    });
    const names = await tx.studySet.findMany({
      where: { instructorId: caller.id },
      select: { name: true },
    });
    const { customQuestions, customCards, settings, ...fields } = set;
    return tx.studySet.create({
      data: {
        ...fields,
        settings: settings ?? Prisma.JsonNull,
        name: copyName(set.name, new Set(names.map((n) => n.name)), SET_NAME_MAX),
        instructorId: caller.id,
        customQuestions: {
          create: customQuestions.map((q) => ({
            ...q,
            question: q.question ?? Prisma.JsonNull,
            instructorId: caller.id,
          })),
        },
        customCards: {
          create: customCards.map((c) => ({ ...c, instructorId: caller.id })),
        },
      },
      select: setSummarySelect,
    });
  });
  // Summarised once committed: its count of the instructor's own items reads the new rows.
  return copied ? ok(await summarizeSet(copied)) : fail("not_found", SET_NOT_FOUND);
}
