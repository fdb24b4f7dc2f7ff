import { describe, expect, test } from "vitest";
import { buildQueue, type QueueInput, type StoredCardState } from "./build-queue";
import { newCardMemory, type CardMemory } from "./schedule";

const now = new Date("2026-03-10T12:00:00Z");
const at = (iso: string) => new Date(iso);
function state(s: CardMemory["state"], due: Date): StoredCardState {
  return {
    memory: { ...newCardMemory(now), state: s, due, lastReview: now, reps: 2, stability: 3 },
    version: 1,
  };
}
function input(
  patch: Partial<QueueInput> & { stateOf?: Record<string, StoredCardState> },
): QueueInput {
  const ids = ["a", "b", "c", "d", "e", "f"];
  return {
    cards: ids.map((id) => ({ id })),
    states: new Map(Object.entries(patch.stateOf ?? {})),
    now,
    timeZone: "UTC",
    newPerDay: 20,
    reviewsPerDay: 200,
    newStudiedToday: 0,
    reviewsDoneToday: 0,
    ...patch,
  };
}

describe("buildQueue", () => {
  test("all new: new cards in deck order, up to the daily limit", () => {
    const q = buildQueue(input({ newPerDay: 4 }));
    expect(q.next?.cardId).toBe("a");
    expect(q.counts).toEqual({ new: 4, learning: 0, review: 0 });
  });

  test("due reviews before new cards, earliest due first; learning due now first of all", () => {
    const q = buildQueue(
      input({
        stateOf: {
          b: state(2, at("2026-03-10T08:00:00Z")),
          c: state(2, at("2026-03-09T08:00:00Z")),
          d: state(1, at("2026-03-10T11:59:00Z")),
        },
      }),
    );
    expect(q.next?.cardId).toBe("d");
    expect(q.counts).toEqual({ new: 3, learning: 1, review: 2 });
    const withoutLearning = buildQueue(
      input({
        stateOf: {
          b: state(2, at("2026-03-10T08:00:00Z")),
          c: state(2, at("2026-03-09T08:00:00Z")),
        },
      }),
    );
    expect(withoutLearning.next?.cardId).toBe("c");
  });

  test("daily limits subtract what was already studied today", () => {
    const q = buildQueue(
      input({
        newPerDay: 3,
        newStudiedToday: 2,
        reviewsPerDay: 2,
        reviewsDoneToday: 1,
        stateOf: {
          a: state(2, at("2026-03-10T01:00:00Z")),
          b: state(2, at("2026-03-10T02:00:00Z")),
        },
      }),
    );
    expect(q.counts).toEqual({ new: 1, learning: 0, review: 1 });
    expect(q.next?.cardId).toBe("a");
  });

  test("limits used up, learning in an hour: empty queue saying when the next card is due", () => {
    const q = buildQueue(
      input({
        cards: [{ id: "a" }, { id: "b" }],
        newPerDay: 0,
        stateOf: {
          a: state(1, at("2026-03-10T13:00:00Z")),
          b: state(2, at("2026-03-20T00:00:00Z")),
        },
      }),
    );
    expect(q.next).toBeNull();
    expect(q.counts).toEqual({ new: 0, learning: 1, review: 0 });
    expect(q.nextDueAt).toEqual(at("2026-03-10T13:00:00Z"));
  });

  test("learning due within 20 minutes is shown early when nothing else is left", () => {
    const q = buildQueue(
      input({ cards: [{ id: "a" }], stateOf: { a: state(3, at("2026-03-10T12:15:00Z")) } }),
    );
    expect(q.next?.cardId).toBe("a");
  });

  test("a review due later today counts as due today", () => {
    const q = buildQueue(
      input({ cards: [{ id: "a" }], stateOf: { a: state(2, at("2026-03-10T23:00:00Z")) } }),
    );
    expect(q.next?.cardId).toBe("a");
  });

  test.each([
    // The same review due at 2026-03-10T16:00Z, seen at noon UTC by learners in two zones:
    ["UTC", true], // 16:00 is later today
    ["Asia/Tokyo", false], // it is 21:00 in Tokyo; the card is due at 01:00 tomorrow local time
  ])("day boundary in %s: due today = %s", (timeZone, dueToday) => {
    const q = buildQueue(
      input({
        cards: [{ id: "a" }],
        timeZone,
        stateOf: { a: state(2, at("2026-03-10T16:00:00Z")) },
      }),
    );
    expect(q.next?.cardId === "a").toBe(dueToday);
    if (!dueToday) expect(q.nextDueAt).toEqual(at("2026-03-10T16:00:00Z"));
  });

  test("nothing scheduled at all", () => {
    expect(buildQueue(input({ cards: [] }))).toEqual({
      next: null,
      counts: { new: 0, learning: 0, review: 0 },
      nextDueAt: null,
    });
  });
});
