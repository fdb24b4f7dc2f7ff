/**
 * Flashcards: front/back study cards with stable ids; a reverse card points at its forward card.
 */
import type { SourceCitation } from "@/lib/domain/questions/types";

export const FLASHCARD_KINDS = [
  "term-meaning",
  "acronym",
  "programme-aims",
  "year-programme",
  "difference",
] as const;
/** Kinds that come with a reverse card; a difference already names both sides. */
export const REVERSIBLE_KINDS = [
  "term-meaning",
  "acronym",
  "programme-aims",
  "year-programme",
] as const;
export type FlashcardKind = (typeof FLASHCARD_KINDS)[number];

export interface Flashcard {
  /** `<kind>:<programme>[:<fact>][:reverse]`, built from content ids only. */
  id: string;
  /** The programme whose deck the card belongs to. */
  deckId: string;
  kind: FlashcardKind;
  front: string;
  back: string;
  /** Set on reverse cards: the id of the forward card. */
  reverseOf?: string;
  sources: SourceCitation[];
  beyondSource: boolean;
  factIds: string[];
}
