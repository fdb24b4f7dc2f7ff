import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  createFlashcardSetSchema,
  createQuizSetSchema,
  type QuizSetSettings,
} from "@/lib/schemas/classes";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { toJsonColumn } from "@/lib/server/json-column";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { resolveQuizSet } from "./resolve-quiz-set";

/** What a set stores of the instructor's choices: written when it is created or edited. */
export type SetContents = {
  name: string;
  settings: Prisma.InputJsonValue;
  questionIds: string[];
  pinnedIds: string[];
  excludedIds: string[];
  cardIds: string[];
  contentVersion: string;
};

/**
 * A quiz set's contents from the builder's input. With the preview's seed it holds exactly the
 * previewed questions, fixed: every learner gets the same ones (options shuffled per learner).
 * With drawPerLearner the set keeps its options, pins and exclusions instead, and each learner
 * gets a draw of their own.
 */
export function resolveQuizSetContents(input: unknown): ServiceResult<SetContents> {
  const parsed = createQuizSetSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the set options.", parsed.error.flatten().fieldErrors);
  const { name, pinnedIds, excludedIds, seed: givenSeed, ...options } = parsed.data;
  const seed = givenSeed ?? randomBytes(12).toString("base64url");
  // Drawn even for drawPerLearner: it proves the options can fill a quiz before they are saved.
  const resolved = resolveQuizSet({ ...options, pinnedIds, excludedIds }, seed);
  if (!resolved.ok) return resolved;
  const settings: QuizSetSettings = { ...options, seed };
  return ok({
    name,
    settings: toJsonColumn(settings),
    questionIds: options.drawPerLearner ? [] : resolved.data.questions.map((q) => q.id),
    pinnedIds: [...new Set(pinnedIds)],
    excludedIds: [...new Set(excludedIds)],
    cardIds: [],
    contentVersion: resolved.data.contentVersion,
  });
}

/**
 * A flashcard set's contents from the builder's input: every card of the chosen programmes'
 * decks (in content order), then the individually chosen cards not already in.
 */
export function resolveFlashcardSetContents(input: unknown): ServiceResult<SetContents> {
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
  return ok({
    name,
    settings: { programmeIds },
    questionIds: [],
    pinnedIds: [],
    excludedIds: [],
    cardIds: cards,
    contentVersion: pack.version,
  });
}
