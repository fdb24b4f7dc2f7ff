import fc from "fast-check";
import { expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateFlashcards } from "./generate";
import { inStudyOrder } from "./study-order";

const pack = loadContent();
const cards = generateFlashcards(pack);
const ordered = inStudyOrder(cards, pack);

test("every card is kept, once", () => {
  expect(ordered.map((c) => c.id).sort()).toEqual(cards.map((c) => c.id).sort());
});

test("programme by programme in the library's order", () => {
  const decks = ordered.map((c) => c.deckId).filter((d, i, all) => d !== all[i - 1]);
  expect(decks).toEqual(pack.programmes.map((p) => p.id).filter((id) => decks.includes(id)));
});

test("each programme opens with its term card, and its acronym and reverse cards come last", () => {
  for (const programme of pack.programmes) {
    const own = ordered.filter((c) => c.deckId === programme.id);
    if (programme.definition) expect(own[0]?.id, programme.id).toBe(`term-meaning:${programme.id}`);
    const forward = own.filter((c) => c.reverseOf === undefined);
    expect(own.slice(0, forward.length), programme.id).toEqual(forward);
    const acronym = forward.findIndex((c) => c.kind === "acronym");
    if (acronym >= 0) expect(acronym, programme.id).toBe(forward.length - 1);
  }
});

test("the first cards of 'All programmes' are not a run of acronyms", () => {
  expect(ordered.slice(0, 7).filter((c) => c.kind === "acronym").length).toBeLessThanOrEqual(1);
  expect(ordered[0]?.id).toBe(`term-meaning:${pack.programmes[0]!.id}`);
});

test("the order does not depend on the order the cards come in", () => {
  fc.assert(
    fc.property(fc.shuffledSubarray(cards, { minLength: cards.length }), (shuffled) => {
      expect(inStudyOrder(shuffled, pack).map((c) => c.id)).toEqual(ordered.map((c) => c.id));
    }),
    { numRuns: 30 },
  );
});
