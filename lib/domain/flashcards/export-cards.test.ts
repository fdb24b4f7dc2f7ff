import { expect, test } from "vitest";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { exportFlashcard } from "./export-cards";
import { generateFlashcards } from "./generate";

const cards = generateFlashcards(buildFixturePack());

test("every card exports both sides, its deck and one citation per source", () => {
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) {
    const e = exportFlashcard(card);
    expect(e).toEqual({
      id: card.id,
      kind: card.kind,
      deck: card.deckId,
      front: card.front,
      back: card.back,
      reverseOf: card.reverseOf ?? null,
      scope: card.scope,
      sources: card.sources.map((s) => ({
        label: expect.any(String) as string,
        passage: s.passage ?? null,
        url: s.url ?? null,
      })),
    });
  }
});

test("a reverse card names the card it reverses; a forward card names none", () => {
  const reverse = cards.find((c) => c.reverseOf);
  const forward = cards.find((c) => c.id === reverse?.reverseOf);
  expect(reverse && exportFlashcard(reverse).reverseOf).toBe(forward?.id);
  expect(forward && exportFlashcard(forward).reverseOf).toBeNull();
});

test("a document source is named by its title, with the paragraph and passage", () => {
  const card = cards.find((c) => c.sources.some((s) => s.paragraph !== undefined));
  const source = card && exportFlashcard(card).sources[0];
  expect(source?.label).toMatch(/^"Fixture article", paragraph \d+/);
  expect(source?.passage?.length).toBeGreaterThan(0);
});
