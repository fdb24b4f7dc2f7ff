/**
 * The flashcards as editors and reviewers read them (content:export -- --flashcards): one plain
 * record per card with both sides, its deck, the card it reverses and its citations, so the
 * cards can be checked against the source as the questions are.
 */
import { citationLabel } from "@/lib/domain/content/citation-label";
import type { Flashcard } from "./types";

export interface ExportedFlashcard {
  id: string;
  kind: Flashcard["kind"];
  deck: string;
  front: string;
  back: string;
  /** The forward card's id, on a reverse card. */
  reverseOf: string | null;
  scope: Flashcard["scope"];
  sources: Array<{ label: string; passage: string | null; url: string | null }>;
}

export function exportFlashcard(card: Flashcard): ExportedFlashcard {
  return {
    id: card.id,
    kind: card.kind,
    deck: card.deckId,
    front: card.front,
    back: card.back,
    reverseOf: card.reverseOf ?? null,
    scope: card.scope,
    sources: card.sources.map((s) => ({
      label: citationLabel(s),
      passage: s.passage ?? null,
      url: s.url ?? null,
    })),
  };
}
