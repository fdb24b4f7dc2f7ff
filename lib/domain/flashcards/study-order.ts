/**
 * The order in which new cards are introduced: programme by programme, as the library lists
 * them, and within a programme what it is before its details: the term card, its lists, years
 * and differences, the acronym last, and every reverse card after the forward ones. In id order
 * a learner's first session of "All programmes" was seven "What does … stand for?" cards in a
 * row, five of them about formats beyond the source.
 */
import type { ContentPack } from "@/content/schema";
import type { Flashcard, FlashcardKind } from "./types";

const KIND_ORDER: Record<FlashcardKind, number> = {
  "term-meaning": 0,
  "list-item": 1,
  "year-programme": 2,
  difference: 3,
  acronym: 4,
};

export function inStudyOrder(cards: readonly Flashcard[], pack: ContentPack): Flashcard[] {
  const programmeRank = new Map(pack.programmes.map((p, i) => [p.id, i]));
  const rank = (card: Flashcard) => [
    programmeRank.get(card.deckId) ?? pack.programmes.length,
    card.reverseOf === undefined ? 0 : 1,
    KIND_ORDER[card.kind],
  ];
  return [...cards].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
