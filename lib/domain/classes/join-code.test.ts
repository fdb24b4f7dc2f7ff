import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createRng } from "@/lib/domain/random";
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  formatJoinCode,
  generateJoinCode,
  isWellFormedJoinCode,
  joinPath,
  normalizeJoinCode,
} from "./join-code";

describe("generateJoinCode", () => {
  test("maps each random index to the alphabet", () => {
    // A=0, B=1, C=2, Z=22, 9=30 (last), J=8, K=9, M=10.
    const indices = [0, 1, 2, 22, 30, 8, 9, 10];
    let i = 0;
    expect(generateJoinCode(() => indices[i++]!)).toBe("ABCZ9JKM");
  });

  test("property: always 8 characters from the unambiguous alphabet", () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const rng = createRng(seed);
        const code = generateJoinCode((n) => rng.int(0, n - 1));
        expect(code).toHaveLength(JOIN_CODE_LENGTH);
        expect(isWellFormedJoinCode(code)).toBe(true);
      }),
    );
  });

  test("the alphabet has no look-alikes", () => {
    for (const c of "01ILO") expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  test.each([-1, 31, 1.5, Number.NaN])("refuses a random source that returns %f", (value) => {
    expect(() => generateJoinCode(() => value)).toThrow(RangeError);
  });
});

describe("normalizeJoinCode", () => {
  test.each([
    ["ABCDEFGH", "ABCDEFGH"],
    ["abcd-efgh", "ABCDEFGH"],
    ["  abcd efgh \n", "ABCDEFGH"],
    ["AB-CD - EF-GH", "ABCDEFGH"],
    ["https://study.example/classes/join/abcd-efgh", "ABCDEFGH"],
    ["https://study.example/classes/join/ABCDEFGH/?utm=x#top", "ABCDEFGH"],
    ["/classes/join/ABCDEFGH", "ABCDEFGH"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });

  test("property: a generated code survives formatting, lower case and a join link", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: JOIN_CODE_ALPHABET.length - 1 }), {
          minLength: 8,
          maxLength: 8,
        }),
        (indices) => {
          let i = 0;
          const code = generateJoinCode(() => indices[i++]!);
          expect(normalizeJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
          expect(normalizeJoinCode(`https://x.example${joinPath(code)}`)).toBe(code);
        },
      ),
    );
  });
});

describe("isWellFormedJoinCode", () => {
  test.each([
    ["ABCDEFGH", true],
    ["ABCDEFG", false],
    ["ABCDEFGHJ", false],
    ["ABCDEFG0", false],
    ["ABCDEFGI", false],
    ["abcdefgh", false],
  ])("%s -> %s", (code, expected) => {
    expect(isWellFormedJoinCode(code)).toBe(expected);
  });
});
