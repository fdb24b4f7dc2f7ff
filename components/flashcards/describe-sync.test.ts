import { expect, test } from "vitest";
import { describeSync } from "./use-offline-study";

const fronts = new Map([["c1", "Alpha"]]);
const report = (sent: number) => ({ sent, rebuilt: [], refused: [], left: 0 });

test.each([
  [1, true, "1 grade made offline saved."],
  [3, true, "3 grades made offline saved."],
  // Found waiting on a page opened online: perhaps made online, their reply lost to a reload.
  [1, false, "1 grade kept on this device saved."],
  [2, false, "2 grades kept on this device saved."],
] as const)("%i sent, made offline %s: %s", (sent, madeOffline, notice) => {
  expect(describeSync(report(sent), fronts, madeOffline).notices).toEqual([notice]);
});

test("nothing sent: no notice; a refusal names the card by its front", () => {
  const grade = {
    cardId: "c1",
    rating: 3 as const,
    requestId: "r",
    expectedVersion: 0,
    reviewedAt: "2026-01-01T00:00:00Z",
  };
  const described = describeSync(
    { ...report(0), refused: [{ grade, error: "Too old." }] },
    fronts,
    false,
  );
  expect(described).toEqual({
    notices: [],
    errors: ["A grade of “Alpha” was not saved: Too old."],
  });
});
