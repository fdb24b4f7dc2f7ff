import { describe, expect, test } from "vitest";
import { mutationScore, summarizeMutationReport } from "./mutation-summary";

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe("mutationScore", () => {
  test.each([
    { t: { killed: 3, timeout: 1, survived: 1, noCoverage: 0, ignored: 9 }, score: 80 },
    { t: { killed: 0, timeout: 0, survived: 1, noCoverage: 1, ignored: 0 }, score: 0 },
    { t: { killed: 1, timeout: 0, survived: 0, noCoverage: 3, ignored: 0 }, score: 25 },
    { t: { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 4 }, score: null },
  ])("$score% for $t", ({ t, score }) => {
    expect(mutationScore(t)).toBe(score);
  });
});

describe("summarizeMutationReport", () => {
  test("one line per folder and the total; compile errors and ignored mutants do not count", () => {
    const text = summarizeMutationReport({
      files: {
        "lib/domain/b/x.ts": mutants("Killed", "Survived", "Ignored"),
        "lib/domain/a/y.ts": mutants("Killed", "Timeout", "CompileError"),
        "lib/domain/a/z.ts": mutants("NoCoverage", "Killed"),
      },
    });
    expect(text.split("\n").slice(2)).toEqual([
      " 75.0%      3      0      1      0  lib/domain/a",
      " 50.0%      1      1      0      1  lib/domain/b",
      " 66.7%      4      1      1      1  all",
    ]);
  });
});
