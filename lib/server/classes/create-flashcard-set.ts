import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "./caller";
import { resolveFlashcardSetContents } from "./set-contents";
import { setSummarySelect, summarizeSet, type SetSummary } from "./set-summary";

/** Saves a flashcard set (set-contents.ts says what it holds). */
export async function createFlashcardSet(
  caller: Caller,
  input: unknown,
): Promise<ServiceResult<SetSummary>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const contents = resolveFlashcardSetContents(input);
  if (!contents.ok) return contents;
  const row = await db.studySet.create({
    data: { instructorId: caller.id, kind: "FLASHCARDS", ...contents.data },
    select: setSummarySelect,
  });
  return ok(await summarizeSet(row));
}
