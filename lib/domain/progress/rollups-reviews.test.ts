// Reviews in the rollup fold: a day with reviews and no answers keeps its row (a rebuild has
// one), in the learner's local day. Killed mutant: deleting the day after every review.
import { describe, expect, test } from "vitest";
import { emptyRollups, foldProgress, type ProgressEvent } from "./rollups";

const review = (iso: string, delta: 1 | -1 = 1): ProgressEvent => ({
  kind: "review",
  at: new Date(iso),
  delta,
});

describe("foldProgress, reviews only", () => {
  test.each([
    {
      name: "one review makes a row with no answers",
      events: [review("2026-03-10T09:00:00Z")],
      zone: "UTC",
      daily: [["2026-03-10", { answers: 0, scoreSum: 0, reviews: 1 }]],
    },
    {
      name: "two reviews, one undone, leave one",
      events: [
        review("2026-03-10T09:00:00Z"),
        review("2026-03-10T10:00:00Z"),
        review("2026-03-10T11:00:00Z", -1),
      ],
      zone: "UTC",
      daily: [["2026-03-10", { answers: 0, scoreSum: 0, reviews: 1 }]],
    },
    {
      name: "a late-evening review in UTC counts on the next local day in Tokyo",
      events: [review("2026-03-10T23:30:00Z")],
      zone: "Asia/Tokyo",
      daily: [["2026-03-11", { answers: 0, scoreSum: 0, reviews: 1 }]],
    },
  ])("$name", ({ events, zone, daily }) => {
    const r = foldProgress(emptyRollups(), events, zone);
    expect([...r.daily]).toEqual(daily);
    expect(r.programmeDays.size).toBe(0);
    expect(r.questions.size).toBe(0);
  });
});
