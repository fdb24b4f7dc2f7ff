// Edges of limits.ts the first tests left open (surviving mutants, README "Mutation testing").
// Line numbers are limits.ts's; every case is built inside its test (mutants are switched on
// only after the file loads).
// - utf8Length, lines 30-40: the loop bound (30, `i <= text.length`), the 1-, 2- and 3-byte
//   boundaries U+007F/U+0080 and U+07FF/U+0800 (32, 33 and the `-=` on 33 and 40), the
//   surrogate-pair test (34: `code >= 0xd800`, `<= 0xdbff`, `i + 1 >= text.length`, `&&` -> `||`,
//   the block emptied), the low half read at `i + 1` (35), its range 0xDC00-0xDFFF (36) and the
//   4 bytes of a pair or 3 of a lone half (37, 39): the table of exact counts, and a property
//   against Buffer.byteLength and TextEncoder over UTF-16 strings with lone surrogates.
// - sizeError, line 47: a file of exactly the limit passes (`<=` -> `<`).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { IMPORT_LIMITS, sizeError, utf8Length } from "./limits";

describe("utf8Length", () => {
  test.each([
    ["", 0],
    ["a", 1],
    ["\u007f", 1],
    ["\u0080", 2],
    ["\u00e9", 2],
    ["\u07ff", 2],
    ["\u0800", 3],
    ["\u20ac", 3],
    ["\ud7ff", 3],
    ["\ue000", 3],
    ["\uffff", 3],
    // Surrogate pairs: U+10000, U+1F600, U+10FFFF.
    ["\ud800\udc00", 4],
    ["\ud83d\ude00", 4],
    ["\udbff\udfff", 4],
    ["x\ud83d\ude00y", 6],
    ["a\u00e9\u20ac\ud83d\ude00", 10],
    // Lone halves are written as U+FFFD, 3 bytes each.
    ["\ud800", 3],
    ["\udc00", 3],
    ["a\ud800", 4],
    ["\ud800a", 4],
    ["\ud800\u00e9", 5],
    ["\ud800\ud800", 6],
    ["\ud800\ue000", 6],
    ["\udbff\ue000", 6],
    ["\udc00\udc00", 6],
    ["\udc00\ud800", 6],
    ["\ue000\udc00", 6],
    ["\u4e00\udc00", 6],
    ["\u00e9\udc00", 5],
  ])("%j is %i bytes", (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(Buffer.byteLength(text, "utf8")).toBe(bytes);
  });

  test("counts what Buffer.byteLength and TextEncoder count, lone surrogates included", () => {
    // UTF-16 code units, weighted towards the boundaries of the byte counts.
    const boundary = fc.constantFrom(
      ..."\u007f\u0080\u07ff\u0800\ud7ff\ud800\udbff\udc00\udfff\ue000\uffff",
    );
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const unit = fc.oneof(boundary, anyUnit, fc.string({ unit: "binary", maxLength: 2 }));
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const bytes = utf8Length(text);
        expect(bytes).toBe(Buffer.byteLength(text, "utf8"));
        expect(bytes).toBe(encoder.encode(text).length);
      }),
      { numRuns: 500 },
    );
  });
});

describe("sizeError", () => {
  test("a file of exactly the limit's bytes passes; one byte more does not", () => {
    const max = IMPORT_LIMITS.maxQuestionFileBytes;
    // 2-byte characters: the limit is in bytes, not characters.
    const atLimit = "\u00e9".repeat(max / 2);
    expect(sizeError(atLimit, max)).toBeNull();
    expect(sizeError(`${atLimit}a`, max)).toBe(
      "the file is 1.0 MiB; the limit is 1.0 MiB: split it into smaller files",
    );
    expect(sizeError("\u00e9", 2)).toBeNull();
    expect(sizeError("\u00e9", 1)).not.toBeNull();
  });
});
