// Edges of the hand-written entry questions (entries.ts): a typed case's answer is tagged, a
// case naming an unknown programme drops that option or the question, the distractor set of a
// format case is counted under its sorted ids without reordering the content, and an entry of
// no known form yields nothing. Each test was seen failing with its Stryker mutant applied.
import { expect, test } from "vitest";
import type { Entry, Programme } from "@/content/schema";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { createTemplateContext } from "./context";
import { generateEntryQuestions } from "./entries";

type Pack = ReturnType<typeof buildFixturePack>;

/** The fixture with alpha's cases replaced by `cases`, and the entry questions of alpha. */
function alphaCases(cases: Entry[]) {
  const pack: Pack = buildFixturePack();
  const alpha = pack.programmes.find((p) => p.id === "alpha") as Programme;
  alpha.cases = cases;
  const ctx = createTemplateContext(pack);
  generateEntryQuestions(ctx);
  return { ctx, out: ctx.out.filter((q) => q.tags.programmeIds[0] === "alpha") };
}

const entry = (id: string, form: Partial<Entry>): Entry => ({
  id,
  sources: [{ id: "doc", paragraph: 3, sentences: [2] }],
  about: [],
  facts: [],
  explain: "Made up.",
  ...form,
});

// Line 81 (the programme a typed case names is among the question's programmes).
test("a typed case is tagged with the programme it names", () => {
  const { out } = alphaCases([
    entry("alpha-case-typed", { typed: { situation: "Two countries.", answer: "beta" } }),
  ]);
  const q = out.find((x) => x.id === "short-answer.case:alpha:alpha-case-typed");
  expect(q?.tags.programmeIds).toEqual(["alpha", "beta"]);
  expect(q).toMatchObject({ kind: "short-answer", answer: "Beta Initiative" });
});

// Lines 147 and 183 (a typed case naming an unknown programme yields no question, not null).
test("a typed case naming an unknown programme is skipped", () => {
  const { out } = alphaCases([
    entry("alpha-case-typed", { typed: { situation: "Who?", answer: "nobody" } }),
  ]);
  expect(out.map((q) => q.id)).toEqual(["single-choice.reason:alpha:alpha-why-calm"]);
});

// Line 154 (an entry of no known form yields no question).
test("an entry with no form is skipped", () => {
  const { out } = alphaCases([entry("alpha-case-empty", {})]);
  expect(out.map((q) => q.id)).toEqual(["single-choice.reason:alpha:alpha-why-calm"]);
});

// Lines 127-129 (an unknown programme in a format case is left out of the options).
test("a format case drops an unknown distractor programme", () => {
  const { out } = alphaCases([
    entry("alpha-case-format", {
      format: { situation: "A calm case.", answer: "alpha", distractors: ["gamma", "nobody"] },
    }),
  ]);
  const q = out.find((x) => x.id === "which-programme.case:alpha:alpha-case-format");
  expect(q).toMatchObject({
    kind: "which-programme",
    answer: "alpha",
    options: [
      { id: "alpha", text: "Alpha Programme (AP)", category: "g" },
      { id: "gamma", text: "Gamma Format (GF)", category: "g" },
    ],
  });
});

// Lines 133-134 (each use of a distractor set is counted once under its ids sorted and joined
// with "|"; the content's own list keeps its order).
test("format cases count their distractor sets", () => {
  const distractors = ["gamma", "delta"];
  const { ctx } = alphaCases([
    entry("alpha-case-one", { format: { situation: "One.", answer: "alpha", distractors } }),
    entry("alpha-case-two", {
      format: { situation: "Two.", answer: "alpha", distractors: ["delta", "gamma"] },
    }),
  ]);
  expect(distractors).toEqual(["gamma", "delta"]);
  // Then the fixture's own format case (beta) uses alpha and gamma.
  expect([...ctx.setUses]).toEqual([
    ["delta|gamma", 2],
    ["alpha|gamma", 1],
  ]);
});
