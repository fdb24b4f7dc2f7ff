import fc from "fast-check";
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
function reviewed(s: CardMemory["state"], due: Date, last: Date): StoredCardState {
  const base = state(s, due);
  return { ...base, memory: { ...base.memory, lastReview: last } };
}
function input(
  patch: Partial<QueueInput> & { stateOf?: Record<string, StoredCardState> },
): QueueInput {
  const { stateOf, ...rest } = patch;
  const ids = ["a", "b", "c", "d", "e", "f"];
  return {
    cards: ids.map((id) => ({ id })),
    states: new Map(Object.entries(stateOf ?? {})),
    now,
    timeZone: "UTC",
    newPerDay: 20,
    reviewsPerDay: 200,
    newStudiedToday: 0,
    reviewsDoneToday: 0,
    ...rest,
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

  test.each<[string, Partial<QueueInput> & { stateOf?: Record<string, StoredCardState> }, object]>([
    [
      "two new siblings: only the first is queued today",
      { cards: [{ id: "a", siblingKey: "x" }, { id: "b", siblingKey: "x" }, { id: "c" }] },
      { next: "a", counts: { new: 2, learning: 0, review: 0 } },
    ],
    [
      "a sibling studied today buries the new card of its group",
      {
        cards: [{ id: "a", siblingKey: "x" }, { id: "b", siblingKey: "x" }, { id: "c" }],
        stateOf: { a: reviewed(2, at("2026-03-15T00:00:00Z"), at("2026-03-10T10:00:00Z")) },
      },
      { next: "c", counts: { new: 1, learning: 0, review: 0 } },
    ],
    [
      "a sibling studied today buries a due review of its group too",
      {
        cards: [
          { id: "a", siblingKey: "x" },
          { id: "b", siblingKey: "x" },
        ],
        stateOf: {
          a: reviewed(2, at("2026-03-15T00:00:00Z"), at("2026-03-10T10:00:00Z")),
          b: state(2, at("2026-03-10T08:00:00Z")),
        },
      },
      { next: null, counts: { new: 0, learning: 0, review: 0 } },
    ],
    [
      "a review and a new sibling due together: the review goes first, the new card waits",
      {
        cards: [
          { id: "a", siblingKey: "x" },
          { id: "b", siblingKey: "x" },
        ],
        stateOf: { b: state(2, at("2026-03-10T08:00:00Z")) },
      },
      { next: "b", counts: { new: 0, learning: 0, review: 1 } },
    ],
    [
      "a card in learning is never buried, even with a sibling studied today",
      {
        cards: [
          { id: "a", siblingKey: "x" },
          { id: "b", siblingKey: "x" },
        ],
        stateOf: {
          a: reviewed(1, at("2026-03-10T11:50:00Z"), at("2026-03-10T11:40:00Z")),
          b: reviewed(3, at("2026-03-10T11:55:00Z"), at("2026-03-10T11:45:00Z")),
        },
      },
      { next: "a", counts: { new: 0, learning: 2, review: 0 } },
    ],
    [
      "a sibling studied yesterday buries nothing today",
      {
        cards: [
          { id: "a", siblingKey: "x" },
          { id: "b", siblingKey: "x" },
        ],
        stateOf: { a: reviewed(2, at("2026-03-15T00:00:00Z"), at("2026-03-09T10:00:00Z")) },
      },
      { next: "b", counts: { new: 1, learning: 0, review: 0 } },
    ],
    [
      "cards without a sibling key are their own group",
      { cards: [{ id: "a" }, { id: "b" }] },
      { next: "a", counts: { new: 2, learning: 0, review: 0 } },
    ],
  ])("siblings: %s", (_name, patch, expected) => {
    const q = buildQueue(input(patch));
    expect({ next: q.next?.cardId ?? null, counts: q.counts }).toEqual(expected);
  });

  test("property: never two cards of one sibling group among today's new and review cards", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("x", "y", "z", undefined), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (keys, studied) => {
          const cards = keys.map((siblingKey, i) => ({ id: `c${i}`, siblingKey }));
          const stateOf = Object.fromEntries(
            cards
              .filter((_, i) => studied[i])
              .map((c) => [
                c.id,
                reviewed(2, at("2026-03-12T00:00:00Z"), at("2026-03-10T09:00:00Z")),
              ]),
          );
          const q = buildQueue(input({ cards, stateOf }));
          const studiedKeys = new Set(
            cards.filter((_, i) => studied[i]).map((c) => c.siblingKey ?? c.id),
          );
          // Fresh cards: at most one per group, none from a group studied today.
          const freshGroups = new Set(
            cards.filter((_, i) => !studied[i]).map((c) => c.siblingKey ?? c.id),
          );
          const open = [...freshGroups].filter((k) => !studiedKeys.has(k)).length;
          expect(q.counts.new).toBe(Math.min(20, open));
          if (q.next)
            expect(
              studiedKeys.has(
                cards.find((c) => c.id === q.next?.cardId)?.siblingKey ?? q.next.cardId,
              ),
            ).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("nothing scheduled at all", () => {
    expect(buildQueue(input({ cards: [] }))).toEqual({
      next: null,
      counts: { new: 0, learning: 0, review: 0 },
      nextDueAt: null,
      newHeldBack: 0,
      buried: 0,
    });
  });

  const twoLists = [
    { id: "a1", siblingKey: "a" },
    { id: "a2", siblingKey: "a" },
    { id: "a3", siblingKey: "a" },
    { id: "b1", siblingKey: "b" },
    { id: "b2", siblingKey: "b" },
    { id: "c" },
  ];

  test("buried cards are counted and come back tomorrow, before a review due later", () => {
    const q = buildQueue(
      input({
        cards: [...twoLists, { id: "r" }],
        newPerDay: 0,
        stateOf: {
          a1: reviewed(2, at("2026-03-14T00:00:00Z"), at("2026-03-10T10:00:00Z")),
          r: state(2, at("2026-03-13T08:00:00Z")),
        },
      }),
    );
    // a2 and a3 wait for tomorrow as siblings of a1, studied today (b2 waits only for b1, which
    // is not studied yet: not buried); no room for new cards today.
    expect(q.buried).toBe(2);
    expect(q.newHeldBack).toBe(2);
    expect(q.next).toBeNull();
    expect(q.nextDueAt).toEqual(at("2026-03-11T00:00:00Z"));
  });

  test("the new-card limit alone holds back what 'Study more' could add", () => {
    const limited = buildQueue(input({ cards: twoLists, newPerDay: 1 }));
    // Unburied new cards are a1, b1 and c: one today, two held back by the limit.
    expect(limited.counts.new).toBe(1);
    expect(limited.newHeldBack).toBe(2);
    expect(limited.buried).toBe(0);
    // With every unburied new card studied, only siblings are left: nothing for "Study more".
    const stateOf = Object.fromEntries(
      ["a1", "b1", "c"].map((id) => [
        id,
        reviewed(2, at("2026-03-15T00:00:00Z"), at("2026-03-10T10:00:00Z")),
      ]),
    );
    const onlySiblings = buildQueue(
      input({ cards: twoLists, newPerDay: 20, newStudiedToday: 3, stateOf }),
    );
    expect(onlySiblings.next).toBeNull();
    expect(onlySiblings.newHeldBack).toBe(0);
    expect(onlySiblings.buried).toBe(3);
    expect(onlySiblings.nextDueAt).toEqual(at("2026-03-11T00:00:00Z"));
  });

  test("an assignment's session buries nothing and spreads each group's new cards apart", () => {
    const q = buildQueue(input({ cards: twoLists, burySiblings: false }));
    expect(q.counts.new).toBe(6);
    expect(q.buried).toBe(0);
    const order: string[] = [];
    const stateOf: Record<string, StoredCardState> = {};
    for (let i = 0; i < twoLists.length; i++) {
      const next = buildQueue(input({ cards: twoLists, burySiblings: false, stateOf })).next;
      if (!next) break;
      order.push(next.cardId);
      stateOf[next.cardId] = reviewed(2, at("2026-03-15T00:00:00Z"), at("2026-03-10T11:00:00Z"));
    }
    expect(order).toEqual(["a1", "b1", "c", "a2", "b2", "a3"]);
  });

  test("an assignment's session serves a review whose sibling was studied today", () => {
    const stateOf = {
      a1: reviewed(2, at("2026-03-15T00:00:00Z"), at("2026-03-10T10:00:00Z")),
      a2: state(2, at("2026-03-10T08:00:00Z")),
    };
    expect(buildQueue(input({ cards: twoLists, stateOf })).next?.cardId).toBe("b1");
    const q = buildQueue(input({ cards: twoLists, stateOf, burySiblings: false }));
    expect(q.next?.cardId).toBe("a2");
    expect(q.counts).toEqual({ new: 4, learning: 0, review: 1 });
  });
});
