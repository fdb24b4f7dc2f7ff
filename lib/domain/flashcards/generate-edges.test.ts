// Flashcard generation edges the content never exercises (surviving mutants, README "Mutation
// testing"): an acronym without its fact (or a fact without an acronym) makes no acronym card,
// a one-item list makes no list card, and a difference from an unknown programme is skipped.
// Below them, how the real content's list and acronym cards read (eighteenth session).
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import type { ContentPack, ListKind, Programme } from "@/content/schema";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { generateFlashcards, listItemInSentence, standsForPrompt } from "./generate";

const base = buildFixturePack();

function withAlpha(change: (alpha: Programme) => Programme): ContentPack {
  return {
    ...base,
    programmes: base.programmes.map((p) => (p.id === "alpha" ? change(p) : p)),
  };
}

const alphaCards = (pack: ContentPack, kind: string) =>
  generateFlashcards(pack).filter((c) => c.deckId === "alpha" && c.kind === kind);

describe("acronym cards need both the acronym and its fact", () => {
  test("the fixture's alpha has one (the baseline the cases below change)", () => {
    expect(alphaCards(base, "acronym").map((c) => c.front)).toEqual(["What does AP stand for?"]);
  });

  test.each([
    ["acronym without its fact", (p: Programme) => ({ ...p, acronymFact: undefined })],
    ["fact without an acronym", (p: Programme) => ({ ...p, acronym: undefined })],
  ])("%s: no acronym card", (_name, change) => {
    expect(alphaCards(withAlpha(change), "acronym")).toEqual([]);
  });
});

test("a list of one item makes no list card (its only card would have no context)", () => {
  const aims = base.programmes.find((p) => p.id === "alpha")?.aims;
  expect(aims?.items.length).toBeGreaterThanOrEqual(2);
  expect(alphaCards(base, "list-item").length).toBe(aims?.items.length);
  const single = withAlpha((p) => ({
    ...p,
    aims: p.aims && { ...p.aims, items: [p.aims.items[0]!] },
  }));
  expect(alphaCards(single, "list-item")).toEqual([]);
});

test("a difference from a programme not in the pack is skipped, the others kept", () => {
  const gamma = base.programmes.find((p) => p.id === "gamma");
  const known = gamma?.differences ?? [];
  expect(known.length).toBeGreaterThan(0);
  const pack: ContentPack = {
    ...base,
    programmes: base.programmes.map((p) =>
      p.id === "gamma"
        ? { ...p, differences: [...known, { ...known[0]!, from: "no-such-programme" }] }
        : p,
    ),
  };
  const differences = generateFlashcards(pack).filter(
    (c) => c.deckId === "gamma" && c.kind === "difference",
  );
  expect(differences.map((c) => c.id)).toEqual(known.map((d) => `difference:gamma:${d.from}`));
});

// A list card's context reads as a sentence: countries keep their capitals (the cards once
// read "kuwait; qatar; united Arab Emirates"), aims and areas begin in lower case unless they
// open with an acronym; and a plural acronym takes "do".
describe("list items inside a sentence", () => {
  test.each<[ListKind, string, string]>([
    ["participants", "United Arab Emirates", "United Arab Emirates"],
    ["participants", "Egypt", "Egypt"],
    ["aims", "Sharing information", "sharing information"],
    ["areas", "Crisis management", "crisis management"],
    ["aims", "NATO's own security", "NATO's own security"],
    ["aims", "A", "a"],
  ])("%s: %s reads %s", (kind, text, expected) => {
    expect(listItemInSentence(kind, text)).toBe(expected);
  });

  test("the real content's country lists keep every capital", () => {
    const cards = generateFlashcards(loadContent()).filter(
      (c) => c.kind === "list-item" && c.front.startsWith("Complete the list of countries"),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards)
      for (const item of card.front.split(": ").slice(1).join(": ").split("; "))
        expect(item, card.front).toMatch(/^(?:…|[A-Z])/);
  });
});

test.each([
  ["PfP", "What does PfP stand for?"],
  ["EAPC", "What does EAPC stand for?"],
  ["ITPPs", "What do ITPPs stand for?"],
])("the acronym card for %s asks %s", (acronym, prompt) => {
  expect(standsForPrompt(acronym)).toBe(prompt);
});

test("a list card names its list with the right preposition", () => {
  const fronts = generateFlashcards(loadContent())
    .filter((c) => c.kind === "list-item")
    .map((c) => c.front.split(":")[0]);
  expect(fronts).toContain(
    "Complete the list of countries taking part in the Mediterranean Dialogue",
  );
  // PfP's areas are the article's examples, so their cards say so (the list's cardLead).
  expect(fronts).toContain(
    "Complete the article's examples of practical cooperation in the Partnership for Peace",
  );
  expect(fronts).toContain("Complete the list of aims or benefits of the Partnership for Peace");
});

test("a list's cardLead replaces the default opening of its cards, and only of its cards", () => {
  const pack = buildFixturePack();
  const alpha = pack.programmes.find((p) => p.aims && p.aims.items.length > 1);
  if (!alpha?.aims) throw new Error("the fixture needs a programme with an aims list");
  const lead = "Complete the article's examples of what alpha aims at";
  const edited = {
    ...pack,
    programmes: pack.programmes.map((p) =>
      p === alpha ? { ...p, aims: { ...alpha.aims!, cardLead: lead } } : p,
    ),
  };
  const before = generateFlashcards(pack);
  const after = generateFlashcards(edited);
  const isAlphaAim = (id: string) => id.startsWith(`list-item:${alpha.id}:aims:`);
  const changed = after.filter((c, i) => c.front !== before[i]?.front).map((c) => c.id);
  expect(changed.length).toBe(alpha.aims.items.length);
  expect(changed.every(isAlphaAim)).toBe(true);
  for (const card of after.filter((c) => isAlphaAim(c.id)))
    expect(card.front.startsWith(`${lead}: `), card.front).toBe(true);
});
