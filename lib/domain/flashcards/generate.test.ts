import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { toSourceOnlyPack } from "@/lib/domain/content/source-only";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { generateFlashcards } from "./generate";
import { giveaway } from "@/lib/domain/questions/quality-text";
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
      expect(c.scope).toBe(c.beyondSource ? "background" : "source");
    }
  });

  test("one fact per card (a difference is one comparison of two facts)", () => {
    for (const c of cards) if (c.kind !== "difference") expect(c.factIds, c.id).toHaveLength(1);
  });

  test("no reverse card's prompt gives its answer away", () => {
    const names = pack.programmes.map((p) => (p.acronym ? `${p.name} (${p.acronym})` : p.name));
    for (const r of cards.filter((c) => c.reverseOf)) {
      const others = names.filter((n) => n !== r.back);
      expect(giveaway(r.back, others, r.front), r.id).toBeNull();
    }
    // A prompt that names its answer is caught (the check can fail).
    const others = names.filter((n) => n !== "Operational partnerships");
    expect(giveaway("Operational partnerships", others, "Joining NATO operations")).not.toBeNull();
  });

  test("siblings: a card and its reverse, and the cards of one list, share a key", () => {
    for (const r of cards.filter((c) => c.reverseOf))
      expect(r.siblingKey).toBe(byId.get(r.reverseOf ?? "")?.siblingKey);
    const listCards = cards.filter((c) => c.kind === "list-item");
    for (const c of listCards) expect(c.siblingKey).toBe(c.id.split(":").slice(1, 3).join(":"));
    // Otherwise cards of different facts are not siblings.
    const byKey = new Map<string, Set<string>>();
    for (const c of cards.filter((x) => x.kind !== "list-item" && x.kind !== "difference"))
      byKey.set(c.siblingKey, new Set([...(byKey.get(c.siblingKey) ?? []), ...c.factIds]));
    for (const [key, facts] of byKey) expect([...facts], key).toEqual([key]);
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
      // "What sets A apart from B?" reads right whether either name is singular or plural.
      const other = pack.programmes.find((o) => o.id === d.from);
      expect(card?.front).toBe(
        `What sets ${p.inSentence ?? p.name} apart from ${other?.inSentence ?? other?.name}?`,
      );
    }
  });
});

test("source-only flashcards rest on the source alone", () => {
  const cards = generateFlashcards(toSourceOnlyPack(real));
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.every((c) => !c.beyondSource)).toBe(true);
});
