// The flashcard builder's programme boxes as "select all": one card of a ticked programme can be
// left out, and what is sent always stands for exactly the cards picked.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { programmePick, splitPicks, toggleProgramme, type PickableCard } from "./flashcard-picks";

const CARDS: PickableCard[] = [
  { id: "a1", deckId: "a" },
  { id: "a2", deckId: "a" },
  { id: "a3", deckId: "a" },
  { id: "b1", deckId: "b" },
  { id: "b2", deckId: "b" },
];

describe("programmePick", () => {
  test.each([
    [[], "a", "none"],
    [["b1"], "a", "none"],
    [["a2"], "a", "some"],
    [["a1", "a2"], "a", "some"],
    [["a3", "a1", "a2"], "a", "all"],
    [["a1", "a2", "a3"], "b", "none"],
    [["a1"], "empty", "none"],
  ])("picked %j, programme %s: %s", (picked, deck, expected) => {
    expect(programmePick(CARDS, deck, new Set(picked))).toBe(expected);
  });
});

describe("toggleProgramme", () => {
  test.each([
    ["none picked: picks all its cards", [], "a", ["a1", "a2", "a3"]],
    ["some picked: picks the rest, after", ["a2", "b1"], "a", ["a2", "b1", "a1", "a3"]],
    ["all picked: unpicks them only", ["b1", "a1", "a2", "a3"], "a", ["b1"]],
  ])("%s", (_, picked, deck, expected) => {
    expect(toggleProgramme(CARDS, deck, picked)).toEqual(expected);
  });
});

describe("splitPicks", () => {
  test.each([
    ["nothing", [], { programmeIds: [], cardIds: [] }],
    ["a whole programme", ["a3", "a1", "a2"], { programmeIds: ["a"], cardIds: [] }],
    ["a programme less one card", ["a1", "a3"], { programmeIds: [], cardIds: ["a1", "a3"] }],
    [
      "a whole programme and a single card",
      ["b2", "a1", "a2", "a3"],
      { programmeIds: ["a"], cardIds: ["b2"] },
    ],
    ["a card no longer offered stays", ["gone"], { programmeIds: [], cardIds: ["gone"] }],
  ])("%s", (_, picked, expected) => {
    expect(splitPicks(CARDS, picked)).toEqual(expected);
  });

  const decks = fc.array(fc.constantFrom("a", "b", "c"), { minLength: 1, maxLength: 12 });
  test("the programmes' cards and the single ones are exactly the cards picked", () => {
    fc.assert(
      fc.property(decks, fc.array(fc.nat(), { maxLength: 20 }), (deckIds, picks) => {
        const cards = deckIds.map((deckId, i) => ({ id: `c${i}`, deckId }));
        const picked = [...new Set(picks.map((n) => cards[n % cards.length]!.id))];
        const { programmeIds, cardIds } = splitPicks(cards, picked);
        const sent = [
          ...cards.filter((c) => programmeIds.includes(c.deckId)).map((c) => c.id),
          ...cardIds,
        ];
        expect(sent.toSorted()).toEqual(picked.toSorted());
        // Nothing is sent twice: no single card belongs to a programme sent whole.
        expect(new Set(sent).size).toBe(sent.length);
      }),
    );
  });

  test("a programme ticked ends all picked or none, and twice from either is no change", () => {
    fc.assert(
      fc.property(
        fc.subarray(["a1", "a2", "a3", "b1", "b2"]),
        fc.constantFrom("a", "b"),
        (p, d) => {
          const once = toggleProgramme(CARDS, d, p);
          const twice = toggleProgramme(CARDS, d, once);
          if (programmePick(CARDS, d, new Set(p)) === "all") expect(once).not.toContain(`${d}1`);
          else expect(programmePick(CARDS, d, new Set(once))).toBe("all");
          // Back where it started only from none or all: from "some", ticking picks the rest.
          if (programmePick(CARDS, d, new Set(p)) !== "some")
            expect(new Set(twice)).toEqual(new Set(p));
        },
      ),
    );
  });
});
