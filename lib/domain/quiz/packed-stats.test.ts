import fc from "fast-check";
import { expect, test } from "vitest";
import { LEVELS } from "@/content/schema";
import { QUESTION_KINDS } from "@/lib/domain/questions/types";
import type { FilterableQuestion } from "./draw-quiz";
import { filterQuestions } from "./draw-quiz";
import { countMatching, decodeStats, encodeStats, packStats, unpackStats } from "./packed-stats";

const PROGRAMMES = ["pfp", "itpp", "md", "ici", "eapc"];

const question: fc.Arbitrary<FilterableQuestion> = fc.record(
  {
    kind: fc.constantFrom(...QUESTION_KINDS),
    beyondSource: fc.boolean(),
    level: fc.constantFrom(...LEVELS),
    tags: fc.record({
      topic: fc.constantFrom(...PROGRAMMES),
      programmeIds: fc.uniqueArray(fc.constantFrom(...PROGRAMMES), { maxLength: 3 }),
    }),
  },
  { requiredKeys: ["kind", "beyondSource", "tags"] },
);

const filter = fc.record({
  programmeIds: fc.uniqueArray(fc.constantFrom(...PROGRAMMES, "unknown"), { maxLength: 3 }),
  kinds: fc.uniqueArray(fc.constantFrom(...QUESTION_KINDS), { maxLength: 3 }),
  levels: fc.uniqueArray(fc.constantFrom(...LEVELS), { maxLength: 3 }),
  sourceOnly: fc.boolean(),
});

test("property: the packed bank counts what filterQuestions keeps of the bank", () => {
  fc.assert(
    fc.property(fc.array(question, { maxLength: 60 }), filter, (bank, f) => {
      // As one string, as the page's props travel.
      const packed = decodeStats(encodeStats(packStats(bank)));
      expect(countMatching(unpackStats(packed), f)).toBe(filterQuestions(bank, f).length);
    }),
    { numRuns: 500 },
  );
});

test("questions alike in every filtered field share a row; ids are listed once", () => {
  const a: FilterableQuestion = {
    kind: "single-choice",
    beyondSource: false,
    level: "recall",
    tags: { topic: "pfp", programmeIds: ["pfp", "itpp"] },
  };
  const noLevel: FilterableQuestion = { ...a, level: undefined };
  delete noLevel.level;
  const packed = packStats([a, { ...a }, { ...a, beyondSource: true }, noLevel]);
  expect(packed).toEqual({
    ids: ["pfp", "itpp"],
    rows: [
      [0, [0, 1], "single-choice", "recall", 0, 2],
      [0, [0, 1], "single-choice", "recall", 1, 1],
      [0, [0, 1], "single-choice", null, 0, 1],
    ],
  });
  // A question without a level is left out by any level filter, as before packing.
  const unpacked = unpackStats(packed);
  expect(unpacked[2]).toEqual({ ...noLevel, questions: 1 });
  expect(countMatching(unpacked, { programmeIds: [], kinds: [], sourceOnly: false })).toBe(4);
  expect(
    countMatching(unpacked, { programmeIds: [], kinds: [], sourceOnly: true, levels: ["recall"] }),
  ).toBe(2);
});

test("property: the string form gives back the packed stats exactly", () => {
  fc.assert(
    fc.property(fc.array(question, { maxLength: 60 }), (bank) => {
      const packed = packStats(bank);
      expect(decodeStats(encodeStats(packed))).toEqual(packed);
    }),
    { numRuns: 500 },
  );
});

test("the string form: ids, then a row a question combination, kind and level by index", () => {
  const a: FilterableQuestion = {
    kind: "matching",
    beyondSource: true,
    level: "compare",
    tags: { topic: "pfp", programmeIds: ["itpp", "pfp"] },
  };
  const noProgrammes: FilterableQuestion = {
    kind: "single-choice",
    beyondSource: false,
    tags: { topic: "itpp", programmeIds: [] },
  };
  expect(encodeStats(packStats([a, a, noProgrammes]))).toBe("pfp,itpp|0 1.0 4 2 1 2;1  0 - 0 1");
  expect(encodeStats(packStats([]))).toBe("|");
  expect(decodeStats("|")).toEqual({ ids: [], rows: [] });
});
