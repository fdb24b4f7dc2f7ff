// Edges of the smaller question templates (multiple-select, short-answer, which-programme,
// true-false, single-choice): which content is skipped and why, the names a typed answer refuses,
// option categories, and the count of a distractor set. Each test was seen failing with its
// Stryker mutant applied by hand.
import { describe, expect, test } from "vitest";
import type { Fact, Programme } from "@/content/schema";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import type { MultipleSelectQuestion } from "../types";
import { createTemplateContext, type TemplateContext } from "./context";
import { generateMultipleSelectQuestions } from "./multiple-select";
import { generateShortAnswerQuestions, typedAnswerSets } from "./short-answer";
import { generateSingleChoiceQuestions } from "./single-choice";
import { generateTrueFalseQuestions } from "./true-false";
import { generateWhichProgrammeQuestions, pickBalancedSet } from "./which-programme";

type Pack = ReturnType<typeof buildFixturePack>;
const byId = (pack: Pack, id: string) => pack.programmes.find((p) => p.id === id) as Programme;
const factOf = (p: Programme, id: string) => p.facts.find((f) => f.id === id) as Fact;

function run(generate: (ctx: TemplateContext) => void, edit: (pack: Pack) => void) {
  const pack = buildFixturePack();
  edit(pack);
  const ctx = createTemplateContext(pack);
  generate(ctx);
  return ctx;
}

// multiple-select.ts line 45 (at least two answers and at least one distractor, else no question).
describe("multiple-select: authored selections", () => {
  const authored = (select: Partial<NonNullable<Fact["select"]>>) =>
    run(generateMultipleSelectQuestions, (pack) => {
      const members = factOf(byId(pack, "beta"), "beta-members");
      members.select = { ...(members.select as NonNullable<Fact["select"]>), ...select };
    }).out.filter((q) => q.tags.template === "multiple-select.authored");

  test("one answer: skipped", () => {
    expect(authored({ answers: ["Freedonia"] })).toEqual([]);
  });

  test("no distractor left: skipped", () => {
    expect(authored({ pools: [], distractors: ["freedonia!"] })).toEqual([]);
  });

  test("a single distractor is enough, and takes the answers' category", () => {
    const [q] = authored({ pools: [], distractors: ["Atlantis"] }) as MultipleSelectQuestion[];
    expect(q?.options).toEqual([
      { id: "atlantis", text: "Atlantis", category: "country" },
      { id: "freedonia", text: "Freedonia", category: "country" },
      { id: "sylvania", text: "Sylvania", category: "country" },
    ]);
    expect(q?.answers).toEqual(["freedonia", "sylvania"]);
  });

  // Line 47 (a pool distractor keeps its pool's category).
  test("a pool distractor keeps its pool's category", () => {
    const [q] = authored({ pools: ["not-aims"], distractors: [] }) as MultipleSelectQuestion[];
    const categories = q?.options.map((o) => [o.text, o.category]);
    expect(categories?.filter(([, c]) => c === "aim")).toHaveLength(3);
    expect(categories?.filter(([, c]) => c === "country")).toEqual([
      ["Freedonia", "country"],
      ["Sylvania", "country"],
    ]);
  });
});

// multiple-select.ts line 81 (a list item citing an unknown fact fails on the fact's id).
test("multiple-select: a list item with an unknown fact names it", () => {
  expect(() =>
    run(generateMultipleSelectQuestions, (pack) => {
      const aims = byId(pack, "alpha").aims;
      if (aims) aims.items = [...aims.items, { text: "Order", fact: "nobody" }];
    }),
  ).toThrow(new Error('unknown fact "nobody"'));
});

// short-answer.ts lines 23-28 (refused: the names of siblings, parent and children, never one
// of the programme's own names; an unknown parent adds nothing).
describe("short-answer: typedAnswerSets", () => {
  test("an ungrouped programme with no relatives refuses nothing", () => {
    const ctx = createTemplateContext(buildFixturePack());
    const theme = ctx.index.programmeById.get("theme") as Programme;
    expect(typedAnswerSets(ctx, theme)).toEqual({
      accepted: ["Working with outsiders"],
      rejected: [],
    });
  });

  test("siblings' names are refused unless they are the programme's own", () => {
    const pack = buildFixturePack();
    byId(pack, "beta").aliases = ["ap", "Beta"];
    byId(pack, "alpha").parent = "nobody";
    const ctx = createTemplateContext(pack);
    const alpha = ctx.index.programmeById.get("alpha") as Programme;
    expect(typedAnswerSets(ctx, alpha)).toEqual({
      accepted: ["Alpha Programme", "AP", "Alpha"],
      rejected: ["Beta Initiative", "BI", "Beta", "Delta Dialogue", "Gamma Format", "GF"],
    });
  });
});

// short-answer.ts line 37 (a programme outside any group gets no short-answer question).
test("short-answer: an ungrouped programme's clue is not asked", () => {
  const ctx = run(generateShortAnswerQuestions, (pack) => {
    const alpha = byId(pack, "alpha");
    delete alpha.group;
  });
  expect(ctx.out.filter((q) => q.tags.programmeIds[0] === "alpha")).toEqual([]);
  expect(ctx.out.map((q) => q.id)).toContain("short-answer.clue:beta:beta-start");
});

// which-programme.ts line 64 (fewer than two safe siblings: no question).
test("which-programme: groups of two give no question", () => {
  const ctx = run(generateWhichProgrammeQuestions, (pack) => {
    byId(pack, "gamma").group = "h";
    byId(pack, "delta").group = "h";
  });
  expect(ctx.out).toEqual([]);
});

// which-programme.ts lines 36 and 52 (a set is counted under its sorted ids joined with "|").
test("pickBalancedSet counts each use of a set", () => {
  const pack = buildFixturePack();
  const ctx = createTemplateContext(pack);
  const [alpha, beta] = [byId(pack, "alpha"), byId(pack, "beta")];
  expect(pickBalancedSet(ctx, [beta, alpha], 3, "salt")).toEqual([beta, alpha]);
  expect(pickBalancedSet(ctx, [alpha, beta], 3, "other")).toEqual([alpha, beta]);
  expect([...ctx.setUses]).toEqual([["alpha|beta", 2]]);
});

// true-false.ts line 89 (no labelled near year: no wrong-year question).
test("true-false: a date with no labelled near year gets no wrong-year question", () => {
  const ctx = run(generateTrueFalseQuestions, (pack) => {
    const date = byId(pack, "alpha").dates[0];
    if (date) date.year = 1900;
  });
  expect(
    ctx.out.filter((q) => q.tags.template === "true-false.wrong-year").map((q) => q.id),
  ).toEqual([
    "true-false.wrong-year:beta:beta-start",
    "true-false.wrong-year:gamma:gamma-start",
    "true-false.wrong-year:delta:delta-start",
  ]);
});

// single-choice.ts lines 79 and 86 (a date on an unknown fact fails on the fact's id, not on
// reading its note).
test("single-choice: a date on an unknown fact names it", () => {
  expect(() =>
    run(generateSingleChoiceQuestions, (pack) => {
      const gamma = byId(pack, "gamma");
      gamma.dates = [{ ...(gamma.dates[0] as Programme["dates"][number]), fact: "nobody" }];
    }),
  ).toThrow(new Error('unknown fact "nobody"'));
});
