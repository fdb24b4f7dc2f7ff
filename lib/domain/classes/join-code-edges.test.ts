// Join-code edge cases the first tests left open (surviving mutants, README "Mutation
// testing"): a pasted link with trailing slashes or a trailing space, a code with "?" or "#"
// but no link, the display form, and what the error says.
import { describe, expect, test } from "vitest";
import { formatJoinCode, generateJoinCode, normalizeJoinCode } from "./join-code";

describe("normalizeJoinCode, pasted links", () => {
  test.each([
    ["/classes/join/ABCDEFGH//", "ABCDEFGH"],
    ["https://study.example/classes/join/abcd-efgh/ ", "ABCDEFGH"],
    // Not a link: "?" and "#" are just characters (the code is then refused as malformed).
    ["abcd#efgh", "ABCD#EFGH"],
    ["abcd?efgh", "ABCD?EFGH"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });
});

describe("formatJoinCode", () => {
  test.each([
    ["ABCDEFGH", "ABCD-EFGH"],
    ["ABCDEFG", "ABCDEFG"],
    ["ABCDEFGHJ", "ABCDEFGHJ"],
  ])("%s -> %s", (code, expected) => {
    expect(formatJoinCode(code)).toBe(expected);
  });
});

test("a bad random source is named in the error", () => {
  expect(() => generateJoinCode(() => 31)).toThrow("randomInt returned 31, outside [0, 31)");
});
