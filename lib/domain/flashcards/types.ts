/**
 * Flashcards: front/back study cards with stable ids, one fact each; a reverse card points at
 * its forward card. Cards from the same fact (a card and its reverse, or the cards of one list,
 * which show each other's items) share a sibling key: the study queue never shows two siblings
 * on the same day, as Anki buries siblings.
 */
import type { Scope } from "@/content/schema";
import type { SourceCitation } from "@/lib/domain/questions/types";

export const FLASHCARD_KINDS = [
  "term-meaning",
  "acronym",
  "list-item",
  "year-programme",
  "difference",
] as const;
/**
 * Kinds that come with a reverse card. An acronym's reverse would ask for its own initials, a
 * year's reverse ("1994: what happened?") names the programme it asks about, a list item's
 * reverse names the list, and a difference already names both sides.
 */
export const REVERSIBLE_KINDS = ["term-meaning"] as const;
export type FlashcardKind = (typeof FLASHCARD_KINDS)[number];

export interface Flashcard {
  /** `<kind>:<programme>[:<fact or item>][:reverse]`, built from content ids only. */
  id: string;
  /** The programme whose deck the card belongs to. */
  deckId: string;
  kind: FlashcardKind;
  front: string;
  back: string;
  /** Set on reverse cards: the id of the forward card. */
  reverseOf?: string;
  /** Cards with the same key are siblings: at most one of them is studied per day. */
  siblingKey: string;
  sources: SourceCitation[];
  scope: Scope;
  beyondSource: boolean;
  factIds: string[];
}
