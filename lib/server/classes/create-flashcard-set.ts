import "server-only";
import { createFlashcardSetSchema } from "@/lib/schemas/classes";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "./caller";
import { setSummarySelect, summarizeSet, type SetSummary } from "./set-summary";

/**
 * Saves a flashcard set: every card of the chosen programmes' decks (in content order), then
 * the individually chosen cards not already in. The card list is fixed when saved.
 */
export async function createFlashcardSet(
  caller: Caller,
  input: unknown,
): Promise<ServiceResult<SetSummary>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const parsed = createFlashcardSetSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the set.", parsed.error.flatten().fieldErrors);
  const { name, programmeIds, cardIds } = parsed.data;
  const { index, pack, flashcards, flashcardById } = getContentCatalog();
  const unknownProgrammes = programmeIds.filter((id) => !index.programmeById.has(id));
  if (unknownProgrammes.length)
    return fail("invalid", "Please check the set.", {
      programmeIds: [`Unknown programme: ${unknownProgrammes.join(", ")}`],
    });
  const unknownCards = cardIds.filter((id) => !flashcardById.has(id));
  if (unknownCards.length)
    return fail("invalid", "Please check the set.", {
      cardIds: [`Unknown card: ${unknownCards.join(", ")}`],
    });

  const decks = new Set(programmeIds);
  const cards = [
    ...new Set([...flashcards.filter((c) => decks.has(c.deckId)).map((c) => c.id), ...cardIds]),
  ];
  if (cards.length === 0)
    return fail("invalid", "Those programmes have no flashcards. Choose others, or pick cards.", {
      programmeIds: ["No flashcards in these programmes."],
    });

  const row = await db.studySet.create({
    data: {
      instructorId: caller.id,
      name,
      kind: "FLASHCARDS",
      settings: { programmeIds },
      questionIds: [],
      pinnedIds: [],
      excludedIds: [],
      cardIds: cards,
      contentVersion: pack.version,
    },
    select: setSummarySelect,
  });
  return ok(await summarizeSet(row));
}
