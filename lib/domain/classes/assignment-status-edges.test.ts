// Assignment-status edges the first tests left open (surviving mutants, README "Mutation
// testing"): the exact opening instant, and which attempt makes an attempt "in progress".
import { describe, expect, test } from "vitest";
import { getAssignmentStatus, type AssignmentRules, type AttemptRecord } from "./assignment-status";

const opensAt = new Date("2026-03-02T08:00:00Z");
const rules: AssignmentRules = {
  opensAt,
  dueAt: new Date("2026-03-09T17:00:00Z"),
  attemptsAllowed: 3,
  lateCounts: false,
};
const open: AttemptRecord = { startedAt: opensAt, submittedAt: null, score: null };
const done: AttemptRecord = {
  startedAt: opensAt,
  submittedAt: new Date("2026-03-03T08:00:00Z"),
  score: 0.5,
};

test("at the opening instant the assignment is open", () => {
  const state = getAssignmentStatus(rules, [], opensAt);
  expect(state).toMatchObject({ status: "to-do", canStart: true, blockedReason: null });
});

describe("inProgress: some attempt is not submitted", () => {
  test.each([
    ["none", [], false],
    ["one submitted", [done], false],
    ["one open", [open], true],
    ["one submitted, one open", [done, open], true],
  ])("%s -> %s", (_name, attempts, inProgress) => {
    const now = new Date("2026-03-04T08:00:00Z");
    expect(getAssignmentStatus(rules, attempts, now).inProgress).toBe(inProgress);
  });
});
