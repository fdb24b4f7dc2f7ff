// Presentation edges: a two-item ordering or matching is never shown solved, an unsolved
// shuffle is kept as it is even when some items sit in their place, nothing to arrange stays
// nothing, and toPublicQuestion per kind, exactly. Each test was seen failing with its Stryker
// mutant applied by hand.
import { describe, expect, test } from "vitest";
import { createRng, shuffle } from "@/lib/domain/random";
import { presentQuestion, toPublicQuestion } from "./present";
import type { Choice, MatchingQuestion, OrderingQuestion, PublicQuestion, Question } from "./types";

function base<K extends Question["kind"]>(kind: K) {
  return {
    id: `${kind}:alpha:f1`,
    publicId: "q_0123456789abcd",
    kind,
    prompt: "Prompt?",
    explanation: "Because.",
    sources: [],
    difficulty: 3 as const,
    level: "recall" as const,
    scope: "background" as const,
    beyondSource: true,
    factIds: ["f1"],
    tags: { programmeIds: ["alpha"], topic: "alpha", kind, template: `${kind}.t` },
  };
}
const choices = (prefix: string, n: number): Choice[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    text: `${prefix.toUpperCase()}${i + 1}`,
    category: "year",
  }));

function ordering(n: number): OrderingQuestion {
  const items = choices("i", n);
  return {
    ...base("ordering"),
    items,
    answer: items.map((i) => i.id),
    orderLabel: "Earliest first",
  };
}

function matching(n: number): MatchingQuestion {
  const left = choices("l", n);
  const right = choices("r", n);
  return {
    ...base("matching"),
    leftLabel: "Programme",
    rightLabel: "Year",
    left,
    right,
    answer: left.map((l, i) => ({ leftId: l.id, rightId: right[i]?.id ?? "" })),
  };
}

const seeds = Array.from({ length: 40 }, (_, i) => `seed-${i}`);
const ids = (cs: readonly Choice[]) => cs.map((c) => c.id);
const orderOf = (q: Question) => (q.kind === "ordering" ? ids(q.items) : []);
const rightOf = (q: Question) => (q.kind === "matching" ? ids(q.right) : []);

// Line 14 (rotate: a two-item list is rotated too, not only longer ones).
test("a two-item ordering or matching is never shown solved", () => {
  const o = ordering(2);
  const m = matching(2);
  for (const seed of seeds) {
    expect(orderOf(presentQuestion(o, seed)), seed).toEqual(["i2", "i1"]);
    // Two pairs not all aligned means neither is: each left item faces the other's partner.
    const shown = presentQuestion(m, seed);
    const left = shown.kind === "matching" ? ids(shown.left) : [];
    expect(rightOf(shown), seed).toEqual(left.map((l) => (l === "l1" ? "r2" : "r1")));
  }
});

// Line 14 (rotate leaves an empty list empty).
test("an ordering or matching with nothing to arrange is shown with nothing", () => {
  expect(orderOf(presentQuestion(ordering(0), "s"))).toEqual([]);
  expect(rightOf(presentQuestion(matching(0), "s"))).toEqual([]);
});

// Lines 26 and 33 (only a fully solved shuffle is rotated: a shuffle with some items in place
// is shown as the seeded shuffle of (seed, question id) gave it).
describe("a shuffle that is not solved is shown as it is", () => {
  test("ordering", () => {
    const q = ordering(4);
    let partlyInPlace = 0;
    for (const seed of seeds) {
      const shuffled = ids(shuffle(q.items, createRng(`${seed}|${q.id}`)));
      const inPlace = shuffled.filter((id, i) => id === q.answer[i]).length;
      if (inPlace === 4) continue;
      if (inPlace > 0) partlyInPlace++;
      expect(orderOf(presentQuestion(q, seed)), seed).toEqual(shuffled);
    }
    expect(partlyInPlace).toBeGreaterThan(5);
  });
  test("matching", () => {
    const q = matching(4);
    let partlyAligned = 0;
    for (const seed of seeds) {
      const rng = createRng(`${seed}|${q.id}`);
      const left = ids(shuffle(q.left, rng));
      const right = ids(shuffle(q.right, rng));
      const aligned = left.filter((l, i) => `r${l.slice(1)}` === right[i]).length;
      if (aligned === 4) continue;
      if (aligned > 0) partlyAligned++;
      const shown = presentQuestion(q, seed);
      expect(shown.kind === "matching" && ids(shown.left), seed).toEqual(left);
      expect(rightOf(shown), seed).toEqual(right);
    }
    expect(partlyAligned).toBeGreaterThan(5);
  });
});

// Lines 43 (options copied as id and text only), 58, 60 and 73 (each kind its own case).
describe("toPublicQuestion keeps only what answering needs", () => {
  const pub = {
    publicId: "q_0123456789abcd",
    prompt: "Prompt?",
    difficulty: 3 as const,
    beyondSource: true,
  };
  const bare = (cs: Choice[]) => cs.map(({ id, text }) => ({ id, text }));
  const opts = choices("c", 3);
  const cases: Array<[Question, PublicQuestion]> = [
    [
      { ...base("single-choice"), options: opts, answer: "c1" },
      { ...pub, kind: "single-choice", options: bare(opts) },
    ],
    [
      { ...base("multiple-select"), options: opts, answers: ["c1", "c3"] },
      { ...pub, kind: "multiple-select", options: bare(opts), selectCount: 2 },
    ],
    [
      { ...base("which-programme"), description: "A force.", options: opts, answer: "c2" },
      { ...pub, kind: "which-programme", description: "A force.", options: bare(opts) },
    ],
    [
      { ...base("true-false"), statement: "Alpha started in 1990.", answer: true },
      { ...pub, kind: "true-false", statement: "Alpha started in 1990." },
    ],
    [
      { ...base("cloze"), before: "In ", after: ".", answers: ["1990"], rejected: [] },
      { ...pub, kind: "cloze", before: "In ", after: "." },
    ],
    [
      matching(2),
      {
        ...pub,
        kind: "matching",
        leftLabel: "Programme",
        rightLabel: "Year",
        left: bare(choices("l", 2)),
        right: bare(choices("r", 2)),
      },
    ],
    [
      ordering(3),
      { ...pub, kind: "ordering", items: bare(choices("i", 3)), orderLabel: "Earliest first" },
    ],
    [
      { ...base("short-answer"), answer: "Alpha", accepted: ["Alpha", "AP"], rejected: [] },
      { ...pub, kind: "short-answer" },
    ],
  ];
  test.each(cases)("%#: $kind", (q, expected) => {
    expect(toPublicQuestion(q)).toStrictEqual(expected);
  });
});
