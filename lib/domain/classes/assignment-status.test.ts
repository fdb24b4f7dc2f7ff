import { describe, expect, test } from "vitest";
import { getAssignmentStatus, type AssignmentRules, type AttemptRecord } from "./assignment-status";

const at = (iso: string) => new Date(`2026-03-${iso}Z`);
const rules = (over: Partial<AssignmentRules> = {}): AssignmentRules => ({
  opensAt: at("02T08:00:00"),
  dueAt: at("09T17:00:00"),
  attemptsAllowed: 2,
  lateCounts: false,
  ...over,
});
const attempt = (
  started: string,
  submitted: string | null,
  score: number | null = null,
): AttemptRecord => ({
  startedAt: at(started),
  submittedAt: submitted ? at(submitted) : null,
  score,
});

const BEFORE = at("01T12:00:00");
const OPEN = at("05T12:00:00");
const DUE = at("09T17:00:00");
const AFTER = at("10T09:00:00");

describe("status", () => {
  test.each([
    ["before it opens, nothing done", rules(), [], BEFORE, "upcoming"],
    ["open, nothing done", rules(), [], OPEN, "to-do"],
    ["open, an attempt under way", rules(), [attempt("05T11:00:00", null)], OPEN, "to-do"],
    ["exactly at the due instant, still to do", rules(), [], DUE, "to-do"],
    ["past due, nothing submitted", rules(), [], AFTER, "late"],
    ["past due, an attempt under way", rules(), [attempt("09T16:50:00", null)], AFTER, "late"],
    ["submitted on time", rules(), [attempt("05T10:00:00", "05T10:20:00", 0.8)], OPEN, "done"],
    [
      "submitted exactly at the due instant",
      rules(),
      [attempt("09T16:00:00", "09T17:00:00", 0.8)],
      AFTER,
      "done",
    ],
    [
      "submitted only late",
      rules(),
      [attempt("09T16:59:00", "09T17:01:00", 0.8)],
      AFTER,
      "done-late",
    ],
    [
      "on time, then a late retake",
      rules(),
      [attempt("05T10:00:00", "05T10:20:00", 0.5), attempt("10T08:00:00", "10T08:10:00", 1)],
      AFTER,
      "done",
    ],
  ])("%s -> %s", (_label, r, attempts, now, status) => {
    expect(getAssignmentStatus(r, attempts, now).status).toBe(status);
  });
});

describe("scores: late attempts count only when late work counts", () => {
  const attempts = [
    attempt("05T10:00:00", "05T10:20:00", 0.5),
    attempt("06T10:00:00", "06T10:20:00", 0.7),
    attempt("10T08:00:00", "10T08:10:00", 0.9),
  ];

  test.each([
    [false, { bestScore: 0.7, lastScore: 0.7, countedAttempts: 2, uncountedLateAttempts: 1 }],
    [true, { bestScore: 0.9, lastScore: 0.9, countedAttempts: 3, uncountedLateAttempts: 0 }],
  ])("lateCounts %s", (lateCounts, expected) => {
    expect(
      getAssignmentStatus(rules({ lateCounts, attemptsAllowed: null }), attempts, AFTER),
    ).toMatchObject(expected);
  });

  test("last score is the last submitted, not the last started", () => {
    const state = getAssignmentStatus(
      rules({ attemptsAllowed: null }),
      [attempt("05T10:00:00", "05T12:00:00", 0.2), attempt("05T10:30:00", "05T10:40:00", 0.6)],
      OPEN,
    );
    expect(state).toMatchObject({ bestScore: 0.6, lastScore: 0.2 });
  });

  test("nothing submitted: no scores", () => {
    expect(getAssignmentStatus(rules(), [attempt("05T10:00:00", null)], OPEN)).toMatchObject({
      bestScore: null,
      lastScore: null,
      inProgress: true,
    });
  });
});

describe("whether a new attempt may start", () => {
  test.each([
    ["before it opens", rules(), [], BEFORE, false, "not-open", false],
    ["open, none used", rules(), [], OPEN, true, null, false],
    [
      "open, one of two used",
      rules(),
      [attempt("05T10:00:00", "05T10:20:00", 1)],
      OPEN,
      true,
      null,
      false,
    ],
    [
      "open, both used",
      rules(),
      [attempt("05T10:00:00", "05T10:20:00", 1), attempt("05T11:00:00", "05T11:20:00", 1)],
      OPEN,
      false,
      "no-attempts-left",
      false,
    ],
    [
      "an attempt under way uses one",
      rules({ attemptsAllowed: 1 }),
      [attempt("05T10:00:00", null)],
      OPEN,
      false,
      "no-attempts-left",
      false,
    ],
    [
      "unlimited",
      rules({ attemptsAllowed: null }),
      Array.from({ length: 30 }, () => attempt("05T10:00:00", "05T10:20:00", 1)),
      OPEN,
      true,
      null,
      false,
    ],
    ["past due: allowed, but late", rules(), [], AFTER, true, null, true],
    [
      "past due and none left",
      rules({ attemptsAllowed: 1 }),
      [attempt("05T10:00:00", "05T10:20:00", 1)],
      AFTER,
      false,
      "no-attempts-left",
      true,
    ],
  ])("%s", (_label, r, attempts, now, canStart, blockedReason, late) => {
    expect(getAssignmentStatus(r, attempts, now)).toMatchObject({
      canStart,
      blockedReason,
      startWouldBeLate: late,
    });
  });

  test("attempts left", () => {
    expect(
      getAssignmentStatus(rules({ attemptsAllowed: 3 }), [attempt("05T10:00:00", null)], OPEN)
        .attemptsLeft,
    ).toBe(2);
    expect(getAssignmentStatus(rules({ attemptsAllowed: null }), [], OPEN).attemptsLeft).toBeNull();
  });
});
