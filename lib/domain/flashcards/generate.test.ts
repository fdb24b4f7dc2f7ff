import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { toSourceOnlyPack } from "@/lib/domain/content/source-only";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { generateFlashcards } from "./generate";
import { FLASHCARD_KINDS, REVERSIBLE_KINDS } from "./types";

const real = loadContent();

describe.each([
  ["real content", real],
  ["fixture", buildFixturePack()],
])("flashcards from %s", (_name, pack) => {
  const cards = generateFlashcards(pack);
  const byId = new Map(cards.map((c) => [c.id, c]));

  test("ids are unique, stable and sorted", () => {
    expect(byId.size).toBe(cards.length);
    expect(generateFlashcards(pack)).toEqual(cards);
    expect(cards.map((c) => c.id)).toEqual(
      cards
        .map((c) => c.id)
        .slice()
        .sort(),
    );
  });

  test("every card has both sides, a deck, sources and facts", () => {
    for (const c of cards) {
      expect(c.front.trim().length, c.id).toBeGreaterThan(0);
      expect(c.back.trim().length, c.id).toBeGreaterThan(0);
      expect(pack.programmes.some((p) => p.id === c.deckId)).toBe(true);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(c.factIds.length, c.id).toBeGreaterThan(0);
      expect(c.beyondSource).toBe(c.sources.some((s) => s.beyondSource));
    }
  });

  test("reverse cards point at their forward card and swap its content", () => {
    const reverses = cards.filter((c) => c.reverseOf);
    expect(reverses.length).toBeGreaterThan(0);
    for (const r of reverses) {
      const forward = byId.get(r.reverseOf ?? "");
      expect(forward, r.id).toBeDefined();
      expect(r.id).toBe(`${forward?.id}:reverse`);
      expect(r.kind).toBe(forward?.kind);
      expect(r.deckId).toBe(forward?.deckId);
      // The forward answer is what the reverse card asks about.
      expect(
        r.front.includes(forward?.back ?? "?") ||
          r.back === forward?.front ||
          forward?.front.includes(r.back),
      ).toBe(true);
    }
  });

  test("each reversible kind of card is present, with its reverse", () => {
    for (const kind of REVERSIBLE_KINDS) {
      expect(
        cards.some((c) => c.kind === kind && !c.reverseOf),
        kind,
      ).toBe(true);
      expect(
        cards.some((c) => c.kind === kind && c.reverseOf),
        kind,
      ).toBe(true);
    }
  });

  test("every card kind is a declared kind", () => {
    for (const c of cards) expect(FLASHCARD_KINDS).toContain(c.kind);
  });

  test("each difference of the content becomes a card citing its facts", () => {
    const differences = pack.programmes.flatMap((p) => p.differences.map((d) => ({ p, d })));
    for (const { p, d } of differences) {
      const card = byId.get(`difference:${p.id}:${d.from}`);
      expect(card?.back).toBe(d.text);
      expect(card?.factIds).toEqual([...new Set(d.facts)]);
    }
  });
});

test("source-only flashcards rest on the source alone", () => {
  const cards = generateFlashcards(toSourceOnlyPack(real));
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.every((c) => !c.beyondSource)).toBe(true);
});
