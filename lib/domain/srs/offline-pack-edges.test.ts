// Offline pack edges (surviving mutants, README "Mutation testing"): the card view the device
// builds, the JSON form of a memory, which grades count in today's limits, the grade's optional
// fields, and which packs a user may read back.
import { describe, expect, test } from "vitest";
import {
  applyServerGrade,
  GradedCardSchema,
  gradeOffline,
  memoryFromJson,
  memoryToJson,
  offlineSession,
  OfflinePackSchema,
  packFits,
  type OfflinePack,
} from "./offline-pack";
import { formatInterval, gradeCard, newCardMemory, previewRatings, RATINGS } from "./schedule";

const t0 = new Date("2026-03-10T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const citation = {
  sourceId: "src",
  title: "Source",
  publisher: "Publisher",
  beyondSource: false,
};
const card = (n: number) => ({
  id: `card-${n}`,
  deckId: `deck-${n}`,
  deckName: `Deck ${n}`,
  front: `front ${n}`,
  back: `back ${n}`,
  siblingKey: `s${n}`,
  writtenByInstructor: n === 2,
  sources: n === 2 ? [citation] : [],
});

function pack(overrides: Partial<OfflinePack> = {}): OfflinePack {
  return {
    owner: "u1",
    deck: null,
    deckName: "Your decks",
    savedAt: t0.toISOString(),
    timeZone: "UTC",
    desiredRetention: 0.9,
    parameters: null,
    newPerDay: 5,
    reviewsPerDay: 100,
    countsDay: "2026-03-10",
    newStudiedToday: 0,
    reviewsDoneToday: 0,
    cards: [1, 2].map(card),
    states: {},
    ...overrides,
  };
}

/** A pack whose `cardId` was graded `ratings` (one day apart), starting at t0. */
function graded(p: OfflinePack, cardId: string, ratings: (1 | 2 | 3 | 4)[]): OfflinePack {
  let at = t0;
  for (const [i, rating] of ratings.entries()) {
    p = gradeOffline(p, { cardId, rating, requestId: `r${i}` }, at).pack;
    at = new Date(at.getTime() + 86_400_000);
  }
  return p;
}

describe("the card view made on the device", () => {
  test("a new card: every field of the pack's card, version 0, the four intervals", () => {
    const view = offlineSession(pack({ newPerDay: 5, cards: [card(2)] }), t0);
    const previews = previewRatings(newCardMemory(t0), t0, 0.9, null);
    expect(view.card).toEqual({
      cardId: "card-2",
      deckId: "deck-2",
      deckName: "Deck 2",
      writtenByInstructor: true,
      front: "front 2",
      back: "back 2",
      sources: [citation],
      version: 0,
      isNew: true,
      intervals: Object.fromEntries(RATINGS.map((r) => [r, formatInterval(t0, previews[r])])),
    });
    expect(view.card!.intervals).toEqual({ 1: "1m", 2: "6m", 3: "10m", 4: expect.any(String) });
    expect(view).toMatchObject({
      deck: null,
      deckName: "Your decks",
      studying: true,
      serverNow: t0.toISOString(),
      nextDueAt: null,
      assignment: null,
      newLimitReached: false,
    });
  });

  test("a card in learning: its stored version, not new, intervals from its memory", () => {
    const p = graded(pack({ cards: [card(1)] }), "card-1", [1]);
    const view = offlineSession(p, later(2));
    const memory = memoryFromJson(p.states["card-1"]!.memory);
    const previews = previewRatings(memory, later(2), 0.9, null);
    expect(view.card).toMatchObject({ cardId: "card-1", version: 1, isNew: false });
    expect(view.card!.intervals[3]).toBe(formatInterval(later(2), previews[3]));
  });

  test("nothing due: no card, the next due time, and the new limit not the reason", () => {
    const p = graded(pack({ cards: [card(1)] }), "card-1", [4]);
    const view = offlineSession(p, later(1));
    const due = p.states["card-1"]!.memory.due;
    expect(view.card).toBeNull();
    expect(view.nextDueAt).toBe(due);
    expect(view.newLimitReached).toBe(false);
  });

  test("an empty pack is not studying anything", () => {
    const view = offlineSession(pack({ cards: [] }), t0);
    expect(view).toMatchObject({ studying: false, card: null, newLimitReached: false });
  });

  test("a deck pack keeps its deck and its grades carry it; an all-decks pack's do not", () => {
    const p = pack({ deck: "deck-1", deckName: "Deck 1" });
    expect(offlineSession(p, t0)).toMatchObject({ deck: "deck-1", deckName: "Deck 1" });
    const withDeck = gradeOffline(p, { cardId: "card-1", rating: 3, requestId: "a" }, t0).grade;
    expect(withDeck.deck).toBe("deck-1");
    const all = gradeOffline(pack(), { cardId: "card-1", rating: 3, requestId: "a" }, t0).grade;
    expect("deck" in all).toBe(false);
    expect("durationMs" in all).toBe(false);
  });
});

describe("the memory's JSON form", () => {
  test.each([
    { name: "a new card (never reviewed)", memory: newCardMemory(t0) },
    { name: "a reviewed card", memory: gradeCard(newCardMemory(t0), 3, t0).next },
  ])("$name goes to JSON that the schema accepts and back unchanged", ({ memory }) => {
    const json = memoryToJson(memory);
    expect(json.due).toBe(memory.due.toISOString());
    expect(json.lastReview).toBe(memory.lastReview?.toISOString() ?? null);
    expect(memoryFromJson(json)).toEqual(memory);
    const parsed = GradedCardSchema.parse({
      cardId: "c",
      memory: json,
      version: 1,
      rebuilt: false,
    });
    expect(memoryFromJson(parsed.memory)).toEqual(memory);
  });

  test("a pack survives the device's storage (JSON and the schema) unchanged", () => {
    const p = graded(pack(), "card-1", [3, 3]);
    expect(OfflinePackSchema.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });
});

describe("today's counts", () => {
  test("a review card's grade counts as a review, not as a new card", () => {
    const p = graded(pack({ cards: [card(1)] }), "card-1", [4]);
    expect(memoryFromJson(p.states["card-1"]!.memory).state).toBe(2);
    const due = new Date(p.states["card-1"]!.memory.due);
    const after = gradeOffline(p, { cardId: "card-1", rating: 3, requestId: "x" }, due).pack;
    expect(after.countsDay).toBe(due.toISOString().slice(0, 10));
    expect(after.reviewsDoneToday).toBe(1);
    expect(after.newStudiedToday).toBe(0);
  });

  test("a stored card still in state New is new: shown as new, its grade counts as new", () => {
    const reset = { memory: memoryToJson(newCardMemory(t0)), version: 3 };
    const p = pack({ cards: [card(1)], states: { "card-1": reset } });
    expect(offlineSession(p, t0).card).toMatchObject({ cardId: "card-1", isNew: true, version: 3 });
    const after = gradeOffline(p, { cardId: "card-1", rating: 3, requestId: "x" }, t0).pack;
    expect(after.newStudiedToday).toBe(1);
  });

  test("a learning card's grade counts as neither", () => {
    const p = graded(pack({ cards: [card(1)] }), "card-1", [1]);
    const after = gradeOffline(p, { cardId: "card-1", rating: 3, requestId: "x" }, later(1)).pack;
    expect(after.newStudiedToday).toBe(1);
    expect(after.reviewsDoneToday).toBe(0);
  });

  test("yesterday's counts do not limit today", () => {
    const p = pack({ countsDay: "2026-03-09", newStudiedToday: 5, reviewsDoneToday: 100 });
    expect(offlineSession(p, t0).counts.new).toBe(2);
    const after = gradeOffline(p, { cardId: "card-1", rating: 3, requestId: "x" }, t0).pack;
    expect(after).toMatchObject({
      countsDay: "2026-03-10",
      newStudiedToday: 1,
      reviewsDoneToday: 0,
    });
  });

  test("a server grade not newer than the device's copy is ignored; a newer one wins", () => {
    const p = graded(pack(), "card-1", [3, 3]);
    const old = { cardId: "card-1", memory: p.states["card-1"]!.memory, version: 1, rebuilt: true };
    expect(applyServerGrade(p, old, t0)).toBe(p);
    expect(applyServerGrade(p, { ...old, version: 2 }, t0)).toBe(p);
    const newer = { ...old, version: 3 };
    expect(applyServerGrade(p, newer, t0).states["card-1"]!.version).toBe(3);
  });
});

test.each([
  { owner: "u1", deck: null, fits: true },
  { owner: "u2", deck: null, fits: false },
  { owner: "u1", deck: "deck-1", fits: false },
])("a pack of u1 for all decks fits $owner / $deck: $fits", ({ owner, deck, fits }) => {
  expect(packFits(pack(), owner, deck)).toBe(fits);
  expect(packFits(pack({ deck: "deck-1" }), owner, deck)).toBe(deck === "deck-1" && owner === "u1");
});
