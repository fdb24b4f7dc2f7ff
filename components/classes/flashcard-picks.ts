/**
 * The flashcard set builder's choices as one list of picked cards, and the body its route
 * takes: whole programmes (every card of their decks) plus single cards. A programme's box is a
 * "select all" for its cards, so one card of a ticked programme can be left out by unticking it.
 */

export type PickableCard = { id: string; deckId: string };

/** A programme's box: every card of it picked, some, or none. */
export type ProgrammePick = "all" | "some" | "none";

export function programmePick(
  cards: readonly PickableCard[],
  deckId: string,
  picked: ReadonlySet<string>,
): ProgrammePick {
  const own = cards.filter((c) => c.deckId === deckId);
  const chosen = own.filter((c) => picked.has(c.id)).length;
  if (chosen === 0) return "none";
  return chosen === own.length ? "all" : "some";
}

/**
 * Ticking a programme whose cards are not all picked picks the rest; ticking one whose cards
 * are all picked unpicks them. Other picks keep their order; the added cards go last.
 */
export function toggleProgramme(
  cards: readonly PickableCard[],
  deckId: string,
  picked: readonly string[],
): string[] {
  const set = new Set(picked);
  const own = cards.filter((c) => c.deckId === deckId).map((c) => c.id);
  if (programmePick(cards, deckId, set) === "all") return picked.filter((id) => !own.includes(id));
  return [...picked, ...own.filter((id) => !set.has(id))];
}

/**
 * The route's body: programmes whose cards are all picked, and the picked cards outside them
 * (in the order picked). A programme with no cards is never sent.
 */
export function splitPicks(
  cards: readonly PickableCard[],
  picked: readonly string[],
): { programmeIds: string[]; cardIds: string[] } {
  const set = new Set(picked);
  const decks = [...new Set(cards.map((c) => c.deckId))];
  const whole = new Set(decks.filter((d) => programmePick(cards, d, set) === "all"));
  const deckOf = new Map(cards.map((c) => [c.id, c.deckId]));
  return {
    programmeIds: decks.filter((d) => whole.has(d)),
    cardIds: [...set].filter((id) => !whole.has(deckOf.get(id) ?? "")),
  };
}
