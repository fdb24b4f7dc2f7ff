// Typed-answer edges: tests for the mutants of normalize.ts that survived Stryker (README
// "Mutation testing"): the Unicode path's "&" (line 51), a joining prefix with nothing after it
// (61), a leading "NATO" (69), day numbers around a year (106), the other spelling (129), a
// digit or a short target where the words do not line up (126, 136, 138), the year's "exact" or
// "alias" (189), which of several close forms wins (196), a rejected form or country as close as
// the answer (201-203), the display form's end, spacing and line breaks (154) and a response
// with no letters (156). Each case was seen failing with its mutant applied by hand. Inputs are
// built inside the tests: with Stryker's ignoreStatic, work done while the file loads is not
// counted.
import { describe, expect, test } from "vitest";
import { matchTypedAnswer, normalizeAnswer, slips, yearIn } from "./normalize";

describe("normalizeAnswer", () => {
  test.each([
    // Not plain ASCII, so the Unicode path: "&" still reads "and", digits and hyphens survive.
    ["Bosnia & Herzégovina", "bosnia and herzegovina"],
    ["Zürich-1994", "zurich 1994"],
    ["Ｒ＆Ｄ", "r and d"],
    // A joining prefix with no word after it stays a word of its own.
    ["non", "non"],
    ["member non", "member non"],
    ["Multi", "multi"],
    // A leading "NATO" goes like "NATO's".
    ["NATO Partnership for Peace", "partnership for peace"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe("yearIn: day numbers 1-31, with or without a suffix, are filler", () => {
  test.each<[string, string | null]>([
    ["1 june 1994", "1994"],
    ["9th june 1994", "1994"],
    ["22nd june 1994", "1994"],
    ["30 june 1994", "1994"],
    ["31st december 1994", "1994"],
    ["0 june 1994", null],
    ["32 december 1994", null],
    ["5x 1994", null],
    ["x5 1994", null],
    ["105 1994", null],
  ])("yearIn(%j) = %j", (value, expected) => {
    expect(yearIn(value)).toBe(expected);
  });
});

describe("slips", () => {
  test.each<[string, string, number | null]>([
    // A digit anywhere makes a word a number, which must be exact, however long.
    ["pol4nd", "poland", null],
    ["100000", "100001", null],
    // A slip in the other spelling counts; two slips from both spellings do not.
    ["porgrammes", "programs", 1],
    ["defensive", "defense", null],
    // Words that do not line up: the joined strings, at most one slip, five letters or more.
    ["pol4 nd", "poland", null],
    ["gha na", "ghana", 1],
    ["pf p", "pfp", null],
    ["peace keepign", "peacekeeping", 1],
    ["peace kepign", "peacekeeping", null],
  ])("slips(%j, %j) = %j", (given, target, expected) => {
    expect(slips(given, target)).toBe(expected);
  });
});

describe("matchTypedAnswer", () => {
  test("a year is matched to the accepted form it equals, first form or alias", () => {
    expect(matchTypedAnswer("in 1994", ["1994"])).toEqual({
      ok: true,
      matched: "1994",
      via: "exact",
      rejectedAs: null,
    });
    expect(matchTypedAnswer("June 1994", ["nineteen ninety-four", "1994"])).toEqual({
      ok: true,
      matched: "1994",
      via: "alias",
      rejectedAs: null,
    });
  });

  test("of two forms one slip away, the first given is the one matched", () => {
    const match = matchTypedAnswer("Cornerstonee", ["Cornerstone", "Cornerstones"]);
    expect(match).toMatchObject({ ok: true, matched: "Cornerstone", via: "fuzzy" });
    const reversed = matchTypedAnswer("Cornerstonee", ["Cornerstones", "Cornerstone"]);
    expect(reversed).toMatchObject({ ok: true, matched: "Cornerstones", via: "fuzzy" });
  });

  test("a closer form wins over an earlier, farther one", () => {
    const match = matchTypedAnswer("Partnersip for Peace", [
      "Partnersihp for Peaec",
      "Partnership for Peace",
    ]);
    expect(match).toMatchObject({ ok: true, matched: "Partnership for Peace", via: "fuzzy" });
  });

  test("a country as close as the answer refuses it; a rejected form farther away does not", () => {
    // "Nigera": one slip from Nigeria, one from Niger (another country).
    expect(matchTypedAnswer("Nigera", ["Nigeria"])).toEqual({
      ok: false,
      matched: null,
      via: null,
      rejectedAs: "Niger",
    });
    // One slip from the answer, two from the rejected form.
    expect(
      matchTypedAnswer(
        "Partnersip for Peace",
        ["Partnership for Peace"],
        ["Partnership for Place"],
      ),
    ).toMatchObject({
      ok: true,
      matched: "Partnership for Peace",
    });
  });

  test("the display form must end the response, and trailing punctuation is dropped", () => {
    const pfp = ["Partnership for Peace", "PfP"];
    expect(matchTypedAnswer("Partnership for Peace (PfP) or ITPP", pfp).ok).toBe(false);
    expect(matchTypedAnswer("Partnership for Peace(PfP)", pfp).matched).toBe(
      "Partnership for Peace",
    );
    expect(matchTypedAnswer("Partnership for Peace  (PfP)", pfp).matched).toBe(
      "Partnership for Peace",
    );
    expect(matchTypedAnswer("Partnership for Peace (PfP)!? ", pfp)).toMatchObject({
      ok: true,
      matched: "Partnership for Peace",
      via: "exact",
    });
  });

  test("a line break inside the display form is whitespace, as anywhere else", () => {
    const pfp = ["Partnership for Peace", "PfP"];
    expect(matchTypedAnswer("Partnership for\nPeace", pfp).ok).toBe(true);
    expect(matchTypedAnswer("Partnership for\nPeace (PfP)", pfp)).toMatchObject({
      ok: true,
      matched: "Partnership for Peace",
      via: "exact",
    });
    expect(matchTypedAnswer("\nPartnership for Peace (PfP)", pfp).via).toBe("exact");
  });

  test("a response with no letters or digits matches nothing, even a key without any", () => {
    expect(matchTypedAnswer("?!", ["?"]).ok).toBe(false);
  });
});
