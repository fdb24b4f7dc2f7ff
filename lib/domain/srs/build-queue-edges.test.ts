// Queue edges (surviving mutants, README "Mutation testing"): the instants at which a card
// changes group (now, the end of the learner's day, 20 minutes ahead, the start of the day for
// burying), the order of cards due together, and the next due time when the queue is empty.
import { describe, expect, test } from "vitest";
import { buildQueue, LEARN_AHEAD_MS, type QueueInput, type StoredCardState } from "./build-queue";
import { newCardMemory, type CardMemory } from "./schedule";

const now = new Date("2026-03-10T12:00:00Z");
const dayStart = new Date("2026-03-10T00:00:00Z");
const dayEnd = new Date("2026-03-11T00:00:00Z");
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

function state(s: CardMemory["state"], due: Date, lastReview: Date | null = null): StoredCardState {
  return { memory: { ...newCardMemory(now), state: s, due, lastReview, reps: 2 }, version: 1 };
}

function queue(states: Record<string, StoredCardState>, patch: Partial<QueueInput> = {}) {
  return buildQueue({
    cards: Object.keys(states).map((id) => ({ id, siblingKey: id.slice(0, 1) })),
    states: new Map(Object.entries(states)),
    now,
    timeZone: "UTC",
    newPerDay: 20,
    reviewsPerDay: 200,
    newStudiedToday: 0,
    reviewsDoneToday: 0,
    ...patch,
  });
}

describe("the instants where a card changes group", () => {
  test.each([
    { name: "learning due exactly now is due now", due: now, learning: 1, next: true },
    {
      name: "learning due 20 minutes ahead is learned ahead",
      due: plus(now, LEARN_AHEAD_MS),
      learning: 1,
      next: true,
    },
    {
      name: "learning due 1 ms later is not",
      due: plus(now, LEARN_AHEAD_MS + 1),
      learning: 1,
      next: false,
    },
    {
      name: "learning due at the end of the day counts tomorrow",
      due: dayEnd,
      learning: 0,
      next: false,
    },
  ])("$name", ({ due, learning, next }) => {
    const q = queue({ a: state(1, due) });
    expect(q.counts.learning).toBe(learning);
    expect(q.next?.cardId === "a").toBe(next);
    expect(q.nextDueAt).toEqual(next ? null : due);
  });

  test("learning due exactly now comes before a due review (not merely learned ahead)", () => {
    expect(queue({ a: state(2, plus(now, -60_000)), b: state(1, now) }).next?.cardId).toBe("b");
  });

  test("a review due at the end of the learner's day is tomorrow's; 1 ms before, today's", () => {
    expect(queue({ a: state(2, dayEnd) }).counts.review).toBe(0);
    expect(queue({ a: state(2, plus(dayEnd, -1)) }).counts.review).toBe(1);
  });

  test("a new card with a stored state (state 0) is still new", () => {
    const q = queue({ a: state(0, now) });
    expect(q.counts).toEqual({ new: 1, learning: 0, review: 0 });
    expect(q.next).toEqual({ cardId: "a", state: state(0, now) });
  });

  test.each([
    { name: "at the start of the day buries its sibling", last: dayStart, buried: true },
    { name: "1 ms before the day buries nothing", last: plus(dayStart, -1), buried: false },
    { name: "at the end of the day buries nothing", last: dayEnd, buried: false },
  ])("a sibling reviewed $name", ({ last, buried }) => {
    const q = queue({ a1: state(2, plus(now, 30 * 86_400_000), last), a2: state(2, now) });
    expect(q.counts.review).toBe(buried ? 0 : 1);
  });
});

describe("order and next due time", () => {
  test("learning cards due now come earliest first, then by id", () => {
    const states = {
      b: state(1, plus(now, -60_000)),
      c: state(3, plus(now, -120_000)),
      d: state(1, plus(now, -120_000)),
    };
    expect(queue(states).next?.cardId).toBe("c");
    expect(queue({ ...states, a: state(3, plus(now, -120_000)) }).next?.cardId).toBe("a");
  });

  test("of two learning cards later today, the earlier one is learned ahead", () => {
    const q = queue({ a: state(1, plus(now, 15 * 60_000)), b: state(1, plus(now, 10 * 60_000)) });
    expect(q.next?.cardId).toBe("b");
  });

  test("empty queue: the earliest future card; reviews over the limit: the day's end", () => {
    const later = { a: state(2, plus(dayEnd, 7_200_000)), b: state(2, plus(dayEnd, 3_600_000)) };
    expect(queue(later).nextDueAt).toEqual(plus(dayEnd, 3_600_000));
    const capped = { a: state(2, now), b: state(2, now) };
    expect(queue(capped, { reviewsPerDay: 1, reviewsDoneToday: 1 }).nextDueAt).toEqual(dayEnd);
    expect(
      queue({ ...capped, c: state(1, plus(now, 3_600_000)) }, { reviewsPerDay: 0 }).nextDueAt,
    ).toEqual(plus(now, 3_600_000));
  });
});
