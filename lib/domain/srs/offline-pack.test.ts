// Studying from the device's pack with no server: the same queue and schedule as the server's.
import { describe, expect, test } from "vitest";
import {
  applyServerGrade,
  gradeOffline,
  memoryFromJson,
  memoryToJson,
  offlineSession,
  type OfflinePack,
} from "./offline-pack";
import { gradeCard, newCardMemory } from "./schedule";

const t0 = new Date("2026-03-10T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const card = (n: number, siblingKey = `s${n}`) => ({
  id: `card-${n}`,
  deckId: "pfp",
  deckName: "Partnership for Peace",
  front: `front ${n}`,
  back: `back ${n}`,
  siblingKey,
  writtenByInstructor: false,
  sources: [],
});

function pack(overrides: Partial<OfflinePack> = {}): OfflinePack {
  return {
    owner: "u1",
    deck: null,
    deckName: "Your decks",
    savedAt: t0.toISOString(),
    timeZone: "Europe/Brussels",
    desiredRetention: 0.85,
    parameters: null,
    newPerDay: 3,
    reviewsPerDay: 100,
    countsDay: "2026-03-10",
    newStudiedToday: 0,
    reviewsDoneToday: 0,
    cards: [1, 2, 3, 4, 5].map((n) => card(n)),
    states: {},
    ...overrides,
  };
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("offline study from the pack", () => {
  test("a grade is scheduled as the server schedules it, with the pack's retention", () => {
    const p = pack();
    const { pack: after, grade } = gradeOffline(
      p,
      { cardId: "card-1", rating: 3, requestId: id(1), durationMs: 1200 },
      t0,
    );
    const expected = gradeCard(newCardMemory(t0), 3, t0, 0.85, null).next;
    expect(memoryFromJson(after.states["card-1"]!.memory)).toEqual(expected);
    expect(after.states["card-1"]!.version).toBe(1);
    expect(grade).toEqual({
      cardId: "card-1",
      rating: 3,
      requestId: id(1),
      expectedVersion: 0,
      reviewedAt: t0.toISOString(),
      durationMs: 1200,
    });
    // The second grade of the same card expects the version the first one made.
    const second = gradeOffline(
      after,
      { cardId: "card-1", rating: 3, requestId: id(2) },
      later(10),
    );
    expect(second.grade.expectedVersion).toBe(1);
    expect(second.pack.states["card-1"]!.version).toBe(2);
  });

  test("the new-card limit holds offline, and a new day starts it again", () => {
    let p = pack();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const next = offlineSession(p, later(i)).card!;
      expect(next.isNew).toBe(true);
      seen.push(next.cardId);
      p = gradeOffline(p, { cardId: next.cardId, rating: 4, requestId: id(i) }, later(i)).pack;
    }
    expect(seen).toEqual(["card-1", "card-2", "card-3"]);
    expect(p.newStudiedToday).toBe(3);
    const done = offlineSession(p, later(5));
    expect(done.card).toBeNull();
    expect(done.newLimitReached).toBe(true);
    expect(done.canUndo).toBe(false);
    // Next day in Brussels: two more new cards.
    expect(offlineSession(p, later(24 * 60)).counts.new).toBe(2);
  });

  test("learning cards come back on their step, and siblings stay buried", () => {
    let p = pack({ cards: [card(1, "same"), card(2, "same"), card(3)] });
    p = gradeOffline(p, { cardId: "card-1", rating: 1, requestId: id(1) }, t0).pack;
    // card-2 is card-1's sibling: buried today; card-3 is next.
    expect(offlineSession(p, later(0.5)).card?.cardId).toBe("card-3");
    p = gradeOffline(p, { cardId: "card-3", rating: 4, requestId: id(2) }, later(0.5)).pack;
    // Again's step is one minute: card-1 is back.
    expect(offlineSession(p, later(1)).card?.cardId).toBe("card-1");
  });

  test("an online grade's server state replaces the device's, once", () => {
    const p = pack();
    const memory = memoryToJson(gradeCard(newCardMemory(t0), 2, t0).next);
    const graded = { cardId: "card-2", memory, version: 1, rebuilt: false };
    const after = applyServerGrade(p, graded, t0);
    expect(after.states["card-2"]).toEqual({ memory, version: 1 });
    expect(after.newStudiedToday).toBe(1);
    expect(applyServerGrade(after, graded, t0)).toBe(after);
  });
});
