import { describe, expect, test } from "vitest";
import { emptyRollups, foldProgress, type ProgressEvent } from "./rollups";

const at = (iso: string) => new Date(iso);
const answer = (questionId: string, score: number, iso: string): ProgressEvent => ({
  kind: "answer",
  questionId,
  programmeId: "pfp",
  score,
  answeredAt: at(iso),
});

describe("foldProgress", () => {
  test("answers add to their local day, programme day and question, in order", () => {
    const r = foldProgress(
      emptyRollups(),
      [
        answer("q1", 0, "2026-03-10T10:00:00Z"),
        answer("q1", 1, "2026-03-10T23:30:00Z"), // 08:30 on the 11th in Tokyo
        answer("q2", 0.5, "2026-03-09T10:00:00Z"),
      ],
      "Asia/Tokyo",
    );
    expect([...r.daily]).toEqual([
      ["2026-03-10", { answers: 1, scoreSum: 0, reviews: 0 }],
      ["2026-03-11", { answers: 1, scoreSum: 1, reviews: 0 }],
      ["2026-03-09", { answers: 1, scoreSum: 0.5, reviews: 0 }],
    ]);
    expect(r.programmeDays.get("pfp")?.get("2026-03-11")).toEqual({ answers: 1, scoreSum: 1 });
    // 0 first, then 1: 0.4 * 1 + 0.6 * 0.
    expect(r.questions.get("q1")).toEqual({
      programmeId: "pfp",
      answers: 2,
      scoreSum: 1,
      weighted: 0.4,
      lastAnsweredAt: at("2026-03-10T23:30:00Z"),
    });
  });

  test("the running accuracy follows the counting order, the last answer time the latest", () => {
    const r = foldProgress(
      emptyRollups(),
      [answer("q", 1, "2026-03-10T12:00:00Z"), answer("q", 0, "2026-03-10T11:00:00Z")],
      "UTC",
    );
    expect(r.questions.get("q")).toMatchObject({
      weighted: 0.6,
      lastAnsweredAt: at("2026-03-10T12:00:00Z"),
    });
  });

  test("a review and its undo leave no day; an undo never goes below zero", () => {
    const review = (delta: 1 | -1): ProgressEvent => ({
      kind: "review",
      at: at("2026-03-10T10:00:00Z"),
      delta,
    });
    expect([...foldProgress(emptyRollups(), [review(1), review(-1)], "UTC").daily]).toEqual([]);
    const withAnswer = foldProgress(
      emptyRollups(),
      [answer("q", 1, "2026-03-10T09:00:00Z"), review(-1), review(1), review(1)],
      "UTC",
    );
    expect(withAnswer.daily.get("2026-03-10")).toEqual({ answers: 1, scoreSum: 1, reviews: 2 });
  });

  test("folding in two parts equals folding at once (the writer vs the rebuild)", () => {
    const events = [
      answer("q", 1, "2026-03-10T09:00:00Z"),
      answer("q", 0, "2026-03-10T10:00:00Z"),
      answer("r", 0.5, "2026-03-11T10:00:00Z"),
      answer("q", 1, "2026-03-12T10:00:00Z"),
    ];
    const once = foldProgress(emptyRollups(), events, "UTC");
    const parts = foldProgress(
      foldProgress(emptyRollups(), events.slice(0, 2), "UTC"),
      events.slice(2),
      "UTC",
    );
    expect(parts).toEqual(once);
  });
});
