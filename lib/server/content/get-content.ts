import "server-only";
import { loadContent } from "@/content/load";
import type { ContentPack } from "@/content/schema";
import { buildPackIndex, type PackIndex } from "@/lib/domain/content/pack-index";
import { toSourceOnlyPack } from "@/lib/domain/content/source-only";
import { generateFlashcards } from "@/lib/domain/flashcards/generate";
import { inStudyOrder } from "@/lib/domain/flashcards/study-order";
import type { Flashcard } from "@/lib/domain/flashcards/types";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import type { Question } from "@/lib/domain/questions/types";

export type ContentCatalog = {
  pack: ContentPack;
  index: PackIndex;
  bank: Question[];
  questionById: Map<string, Question>;
  /**
   * The bank of the source-only pack: its questions,
   * and their distractors, never go beyond the source.
   */
  sourceOnlyBank: Question[];
  sourceOnlyVersion: string;
  sourceOnlyQuestionById: Map<string, Question>;
  flashcards: Flashcard[];
  flashcardById: Map<string, Flashcard>;
};

// The content is read and turned into questions once per server process: it only changes
// with a deploy, and the generation is deterministic.
let catalog: ContentCatalog | undefined;

/** The bank a quiz draws from: the source-only bank for source-only quizzes. */
export function getQuestionBank(sourceOnly: boolean): {
  bank: Question[];
  questionById: Map<string, Question>;
} {
  const c = getContentCatalog();
  return sourceOnly
    ? { bank: c.sourceOnlyBank, questionById: c.sourceOnlyQuestionById }
    : { bank: c.bank, questionById: c.questionById };
}

export function getContentCatalog(): ContentCatalog {
  if (!catalog) {
    const pack = loadContent();
    const bank = generateQuestionBank(pack);
    const sourceOnlyPack = toSourceOnlyPack(pack);
    const sourceOnlyBank = generateQuestionBank(sourceOnlyPack);
    // Deck order, which new cards are introduced in: what a programme is before its details.
    const flashcards = inStudyOrder(generateFlashcards(pack), pack);
    catalog = {
      pack,
      index: buildPackIndex(pack),
      bank,
      questionById: new Map(bank.map((q) => [q.id, q])),
      sourceOnlyBank,
      sourceOnlyVersion: sourceOnlyPack.version,
      sourceOnlyQuestionById: new Map(sourceOnlyBank.map((q) => [q.id, q])),
      flashcards,
      flashcardById: new Map(flashcards.map((c) => [c.id, c])),
    };
  }
  return catalog;
}
