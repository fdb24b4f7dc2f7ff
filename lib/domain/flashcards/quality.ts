/**
 * The quality report of the flashcards (pure). A reverse card shows a definition and asks which
 * programme or topic it is; it has one answer only if the definition says something no other
 * definition says. "A NATO programme for developing cooperation and dialogue with countries that
 * are not members" was the Partnership for Peace's, yet it fits every partnership programme, and
 * the overview's read "the programmes through which the Alliance builds cooperation and dialogue
 * with states that are not its members". A learner who answered "NATO's partnership programmes"
 * was right and marked wrong. Words are compared by root, the subject's common words left out
 * (as the questions' report does).
 */
import type { Measure } from "@/lib/domain/questions/quality";
import { contentWords, rootOf } from "@/lib/domain/questions/quality-text";
import type { Flashcard } from "./types";

const rootsOf = (text: string) => new Set(contentWords(text).map(rootOf));

/**
 * Reverse cards whose clue (the forward card's back) holds fewer than `minOwn` words that no
 * other reverse card's clue holds.
 */
export function measureReverseClues(cards: readonly Flashcard[], minOwn = 3): Measure {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const clues = cards.flatMap((card) => {
    const forward = byId.get(card.reverseOf ?? "");
    return forward ? [{ id: card.id, roots: rootsOf(forward.back) }] : [];
  });
  const offenders = clues.flatMap(({ id, roots }) => {
    const own = [...roots].filter((root) =>
      clues.every((other) => other.id === id || !other.roots.has(root)),
    );
    if (own.length >= minOwn) return [];
    const shown = own.length ? own.map((r) => `"${r}"`).join(", ") : "none";
    return [`${id}: ${own.length} word(s) no other definition uses (${shown})`];
  });
  return {
    id: "reverse-clues",
    label: "reverse flashcards whose definition could name another programme",
    target: `0 (each definition with ${minOwn}+ words of its own)`,
    value: String(offenders.length),
    ok: offenders.length === 0,
    offenders,
  };
}
