// replayGrades (ts-fsrs reschedule): the merged history of a card decides its schedule.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DEFAULT_PARAMETERS } from "./fsrs-parameters";
import { gradeCard, newCardMemory, replayGrades, type RatingValue } from "./schedule";

const t0 = new Date("2026-03-02T09:00:00Z");
const rating = fc.constantFrom<RatingValue>(1, 2, 3, 4);

/** Grades one by one as the server does, each `gapMinutes` after the card came due. */
function gradeOneByOne(steps: { rating: RatingValue; gapMinutes: number }[], retention: number) {
  let memory = newCardMemory(t0);
  let now = t0;
  const out = [];
  for (const step of steps) {
    const graded = gradeCard(memory, step.rating, now, retention, null);
    out.push(graded);
    memory = graded.next;
    now = new Date(memory.due.getTime() + step.gapMinutes * 60_000);
  }
  return out;
}

describe("replayGrades", () => {
  test("replaying grades applied one by one gives the same states and log rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ rating, gapMinutes: fc.integer({ min: 0, max: 60 * 24 * 20 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.constantFrom(0.8, 0.9, 0.95),
        (steps, retention) => {
          const applied = gradeOneByOne(steps, retention);
          const replayed = replayGrades(
            applied.map((a) => ({ rating: a.record.rating, review: a.record.review })),
            retention,
          );
          expect(replayed).toEqual(applied);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("grades arrive out of order: they are replayed in time order", () => {
    const a = { rating: 3 as const, review: t0 };
    const b = { rating: 1 as const, review: new Date(t0.getTime() + 86_400_000) };
    const c = { rating: 3 as const, review: new Date(t0.getTime() + 3 * 86_400_000) };
    expect(replayGrades([c, a, b])).toEqual(replayGrades([a, b, c]));
    const last = replayGrades([c, a, b]).at(-1)!;
    expect(last.record.review).toEqual(c.review);
    expect(last.next.reps).toBe(3);
    expect(last.next.lapses).toBe(0); // b was a learning-step Again, not a lapse
  });

  test("personal parameters are used in the replay", () => {
    const history = [
      { rating: 3 as const, review: t0 },
      { rating: 3 as const, review: new Date(t0.getTime() + 600_000) },
      { rating: 3 as const, review: new Date(t0.getTime() + 5 * 86_400_000) },
    ];
    const personal = [...DEFAULT_PARAMETERS];
    personal[2] = personal[2]! * 3; // a stronger first Good
    const own = replayGrades(history, 0.9, personal).at(-1)!.next;
    const defaults = replayGrades(history, 0.9, null).at(-1)!.next;
    expect(own.stability).not.toBeCloseTo(defaults.stability, 3);
  });

  test("no grades, no states", () => {
    expect(replayGrades([])).toEqual([]);
  });
});
