import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hashString, hashToHex } from "./hash";
import { pickStable } from "./pick-stable";
import { publicIdOf } from "./questions";

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
  // cyrb53's published test vectors (bryc's reference implementation): public question ids,
  // Anki deck ids and every seeded draw depend on these exact values staying the same.
  test.each([
    ["a", 7929297801672961],
    ["b", 8684336938537663],
    ["revenge", 4051478007546757],
    ["revenue", 8309097637345594],
  ])("hashString(%j) = %d", (value, expected) => {
    expect(hashString(value)).toBe(expected);
  });

  test("hex ids are the hash's low hex digits, and a public question id is q_ + 14 of them", () => {
    expect(hashToHex("a", 14)).toBe("1c2ba782c97901"); // 7929297801672961 in hex
    expect(hashToHex("a", 10)).toBe("a782c97901");
    expect(hashToHex("a")).toBe("2ba782c97901");
    expect(publicIdOf("a")).toBe("q_1c2ba782c97901");
    expect(hashToHex("", 20)).toMatch(/^[0-9a-f]{14}$/);
  });

  test("different inputs and seeds give different hashes", () => {
    expect(hashString("a")).not.toBe(hashString("b"));
    expect(hashString("a", 1)).not.toBe(hashString("a"));
  });
});
