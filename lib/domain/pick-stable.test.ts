import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hashString, hashToHex } from "./hash";
import { pickStable } from "./pick-stable";

describe("pickStable", () => {
  test.each([
    ["fewer than asked", [1, 2], 5, 2],
    ["exactly as asked", [1, 2, 3], 3, 3],
    ["a subset", [1, 2, 3, 4, 5, 6], 3, 3],
    ["none from none", [], 3, 0],
    ["none when count is 0", [1, 2], 0, 0],
  ])("%s", (_name, candidates, count, expected) => {
    const out = pickStable(candidates, count, "salt");
    expect(out).toHaveLength(expected);
    expect(new Set(out).size).toBe(expected);
  });

  test("is deterministic, picks distinct accepted candidates, finds every acceptable one", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 40 }),
        fc.nat(45),
        fc.string(),
        (candidates, count, salt) => {
          const accept = (n: number) => n % 3 !== 0;
          const a = pickStable(candidates, count, salt, accept);
          expect(pickStable(candidates, count, salt, accept)).toEqual(a);
          expect(new Set(a).size).toBe(a.length);
          expect(a.every(accept)).toBe(true);
          expect(a.length).toBe(Math.min(count, candidates.filter(accept).length));
        },
      ),
    );
  });

  test("passes the already picked candidates to accept", () => {
    const out = pickStable(["a1", "a2", "b1", "b2", "c1"], 5, "x", (c, picked) =>
      picked.every((p) => p[0] !== c[0]),
    );
    expect(out.map((c) => c[0]).sort()).toEqual(["a", "b", "c"]);
  });
});

describe("hash", () => {
  test.each(["", "a", "question:id", "ünïcödé"])("%j is stable and hex-encoded", (value) => {
    expect(hashString(value)).toBe(hashString(value));
    expect(hashToHex(value, 10)).toMatch(/^[0-9a-f]{10}$/);
  });

  test("different inputs and seeds give different hashes", () => {
    expect(hashString("a")).not.toBe(hashString("b"));
    expect(hashString("a", 1)).not.toBe(hashString("a"));
  });
});
