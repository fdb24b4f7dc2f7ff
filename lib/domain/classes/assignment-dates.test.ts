import { describe, expect, test } from "vitest";
import {
  checkAssignmentDates,
  DUE_BEFORE_OPENING,
  duePassedMessage,
  dueNowRefusal,
  type SavedAssignmentDates,
} from "./assignment-dates";

const PARIS = "Europe/Paris";
// 3 December 2026, 12:00 in Paris.
const NOW = new Date("2026-12-03T11:00:00Z");
const SAVED: SavedAssignmentDates = {
  opensAt: new Date("2026-11-20T07:00:00Z"), // 20 Nov 08:00 in Paris
  dueAt: new Date("2026-11-25T16:00:00Z"), // 25 Nov 17:00 in Paris, already past
};
const typed = (opensAt: string, dueAt: string, timeZone = PARIS) => ({
  opensAt,
  dueAt,
  timeZone,
});

describe("a new assignment's dates", () => {
  test.each([
    ["due next week", "2026-12-03T12:00", "2026-12-10T17:00", "2026-12-10T16:00:00Z"],
    ["opened in the past, due later today", "2026-11-01T08:00", "2026-12-03T12:01", null],
  ])("%s: accepted", (_label, opensAt, dueAt, dueIso) => {
    const result = checkAssignmentDates(typed(opensAt, dueAt), NOW);
    expect(result).toMatchObject({ ok: true });
    if (dueIso && result.ok) expect(result.dueAt.toISOString()).toBe(dueIso.replace("Z", ".000Z"));
  });

  test.each([
    ["due a week ago (the walk's typo)", "2026-11-20T08:00", "2026-11-25T17:00"],
    ["due this very minute", "2026-12-01T08:00", "2026-12-03T12:00"],
    ["due a minute ago", "2026-12-01T08:00", "2026-12-03T11:59"],
  ])("%s: refused on the due date, saying what time it is", (_label, opensAt, dueAt) => {
    expect(checkAssignmentDates(typed(opensAt, dueAt), NOW)).toEqual({
      ok: false,
      field: "dueAt",
      message: duePassedMessage(NOW, PARIS),
    });
  });

  test("the message names the time now in the instructor's zone", () => {
    expect(duePassedMessage(NOW, PARIS)).toBe(
      "That due date has already passed (it is now 3 Dec 2026, 12:00, Europe/Paris): " +
        "every learner would be late at once. Choose a later one.",
    );
  });

  test("due before it opens is refused first, even when both are past", () => {
    expect(checkAssignmentDates(typed("2026-11-25T17:00", "2026-11-20T08:00"), NOW)).toEqual({
      ok: false,
      field: "dueAt",
      message: DUE_BEFORE_OPENING,
    });
  });

  test("instants are compared: 02:30 to 03:15 on a spring-forward night is refused", () => {
    // In Paris on 28 March 2027, 02:30 does not exist and becomes 03:30, after 03:15.
    expect(checkAssignmentDates(typed("2027-03-28T02:30", "2027-03-28T03:15"), NOW)).toEqual({
      ok: false,
      field: "dueAt",
      message: DUE_BEFORE_OPENING,
    });
  });
});

describe("an edited assignment's dates", () => {
  test("both left as saved: accepted though the due date has passed, instants unchanged", () => {
    expect(checkAssignmentDates(typed("2026-11-20T08:00", "2026-11-25T17:00"), NOW, SAVED)).toEqual(
      {
        ok: true,
        opensAt: SAVED.opensAt,
        dueAt: SAVED.dueAt,
      },
    );
  });

  test("the same instants typed in another zone count as unchanged", () => {
    // The instructor moved to UTC since: the form shows the saved instants in UTC.
    expect(
      checkAssignmentDates(typed("2026-11-20T07:00", "2026-11-25T16:00", "UTC"), NOW, SAVED),
    ).toEqual({ ok: true, opensAt: SAVED.opensAt, dueAt: SAVED.dueAt });
  });

  test("a date left as it was keeps its instant, even the first 02:30 of a fall-back night", () => {
    // 25 October 2026 in Paris: 02:30 happens twice; typed anew it means the later one.
    const saved = {
      opensAt: new Date("2026-10-20T07:00:00Z"),
      dueAt: new Date("2026-10-25T00:30:00Z"), // 02:30 summer time, the first
    };
    const before = new Date("2026-10-01T00:00:00Z");
    expect(
      checkAssignmentDates(typed("2026-10-20T09:00", "2026-10-25T02:30"), before, saved),
    ).toEqual({ ok: true, opensAt: new Date("2026-10-20T07:00:00Z"), dueAt: saved.dueAt });
    expect(checkAssignmentDates(typed("2026-10-20T09:00", "2026-10-25T02:30"), before)).toEqual({
      ok: true,
      opensAt: new Date("2026-10-20T07:00:00Z"),
      dueAt: new Date("2026-10-25T01:30:00Z"),
    });
  });

  test.each([
    ["a day later, still past", "2026-11-26T17:00"],
    ["an hour earlier", "2026-11-25T16:00"],
  ])("the past due date moved (%s): refused", (_label, dueAt) => {
    expect(checkAssignmentDates(typed("2026-11-20T08:00", dueAt), NOW, SAVED)).toEqual({
      ok: false,
      field: "dueAt",
      message: duePassedMessage(NOW, PARIS),
    });
  });

  test("the past due date moved into the future: accepted", () => {
    expect(checkAssignmentDates(typed("2026-11-20T08:00", "2026-12-25T17:00"), NOW, SAVED)).toEqual(
      {
        ok: true,
        opensAt: SAVED.opensAt,
        dueAt: new Date("2026-12-25T16:00:00Z"),
      },
    );
  });

  test("the opening moved past the unchanged due date: refused on the due date", () => {
    expect(checkAssignmentDates(typed("2026-11-26T08:00", "2026-11-25T17:00"), NOW, SAVED)).toEqual(
      { ok: false, field: "dueAt", message: DUE_BEFORE_OPENING },
    );
  });
});

describe("making an assignment due now", () => {
  const open = {
    opensAt: new Date("2026-12-01T07:00:00Z"),
    dueAt: new Date("2026-12-10T16:00:00Z"),
  };
  test.each([
    ["before it opens", new Date("2026-12-01T06:59:59Z"), "not-open"],
    ["the instant it opens", open.opensAt, null],
    ["while open", NOW, null],
    ["a millisecond before it is due", new Date(open.dueAt.getTime() - 1), null],
    ["the instant it is due", open.dueAt, "past-due"],
    ["after it was due", new Date("2026-12-11T00:00:00Z"), "past-due"],
  ] as const)("%s", (_label, now, refusal) => {
    expect(dueNowRefusal(open, now)).toBe(refusal);
  });
});
