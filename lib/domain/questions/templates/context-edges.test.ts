// Edges of the templates' shared machinery (context.ts): memoised lookups, citation de-duplication,
// pool categories, distractor picking in order, near-year candidates and labels, option ids.
// Each test was seen failing with its Stryker mutant applied by hand.
import { describe, expect, test } from "vitest";
import type { DateEntry, Entry, Programme } from "@/content/schema";
import { hashToHex } from "@/lib/domain/hash";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import {
  baseFields,
  buildChoices,
  createTemplateContext,
  joinSentences,
  pickDistractors,
  poolCategories,
  poolValues,
  yearCandidates,
  yearLabel,
} from "./context";

function fixtureContext(edit?: (pack: ReturnType<typeof buildFixturePack>) => void) {
  const pack = buildFixturePack();
  edit?.(pack);
  return createTemplateContext(pack);
}

function programmeOf(ctx: ReturnType<typeof fixtureContext>, id: string): Programme {
  const p = ctx.index.programmeById.get(id);
  if (!p) throw new Error(`fixture changed: no programme "${id}"`);
  return p;
}

// Line 66 (a memoised value is made once per key, then reused).
test("sharedText makes each text once per key", () => {
  const ctx = fixtureContext();
  let made = 0;
  const make = () => `text ${++made}`;
  expect(ctx.sharedText("k", make)).toBe("text 1");
  expect(ctx.sharedText("k", make)).toBe("text 1");
  expect(ctx.sharedText("other", make)).toBe("text 2");
  expect(made).toBe(2);
});

// Line 115 (a programme outside any group is offered under the category "programme").
test("programmeChoice: group as category, else 'programme'", () => {
  const ctx = fixtureContext();
  expect(ctx.programmeChoice(programmeOf(ctx, "theme"))).toEqual({
    id: "theme",
    text: "Working with outsiders",
    category: "programme",
  });
  expect(ctx.programmeChoice(programmeOf(ctx, "alpha"))).toEqual({
    id: "alpha",
    text: "Alpha Programme (AP)",
    category: "g",
  });
});

// Line 89 (fact lists are memoised under ids joined with "|": ["z","zz"] is not ["zzz"]).
test("citeAll keeps fact lists apart whose ids run together", () => {
  const ctx = fixtureContext((pack) => {
    const delta = pack.programmes.find((p) => p.id === "delta") as Programme;
    const src = (paragraph: number) => ({ id: "doc", paragraph, sentences: [1] });
    delta.facts.push(
      { ...(delta.facts[0] as Programme["facts"][number]), id: "z", source: src(3) },
      { ...(delta.facts[0] as Programme["facts"][number]), id: "zz", source: src(5) },
      { ...(delta.facts[0] as Programme["facts"][number]), id: "zzz", source: src(7) },
    );
  });
  expect(ctx.citeAll(["z", "zz"]).suffix).toBe(
    ' (Source: "Fixture article", paragraph 3, sentence 1; ' +
      '"Fixture article", paragraph 5, sentence 1.)',
  );
  expect(ctx.citeAll(["zzz"]).factIds).toEqual(["zzz"]);
  expect(ctx.citeAll(["zzz"]).suffix).toBe(
    ' (Source: "Fixture article", paragraph 7, sentence 1.)',
  );
});

// Line 176 (sources are told apart by their sentence list joined with ",": [1,2] is not [12]).
test("citeEntry keeps sentences 1-2 and sentence 12 as two sources", () => {
  const ctx = fixtureContext();
  const reason = programmeOf(ctx, "alpha").reasons[0] as Entry;
  const entry: Entry = {
    ...reason,
    id: "split-sentences",
    sources: [
      { id: "doc", paragraph: 3, sentences: [1, 2] },
      { id: "doc", paragraph: 3, sentences: [12] },
      { id: "doc", paragraph: 3, sentences: [1, 2] },
    ],
  };
  const cited = ctx.citeEntry(entry);
  expect(cited.sources.map((s) => s.sentences)).toEqual([[1, 2], [12]]);
  expect(cited.suffix).toBe(
    ' (Source: "Fixture article", paragraph 3, sentences 1, 2; ' +
      '"Fixture article", paragraph 3, sentence 12.)',
  );
});

// Line 194 (a question about its anchor alone shares the anchor's memoised tags object).
test("baseFields shares tags between questions with no other programme", () => {
  const ctx = fixtureContext();
  const alpha = programmeOf(ctx, "alpha");
  const input = {
    template: "cloze.fact",
    kind: "cloze" as const,
    anchor: alpha,
    factIds: ["alpha-start"],
    prompt: "Fill in the blank.",
    explanation: "Alpha started in 1990.",
    difficulty: 2 as const,
  };
  const first = baseFields(ctx, { ...input, key: ["a"], otherProgrammeIds: ["alpha"] });
  const second = baseFields(ctx, { ...input, key: ["b"] });
  expect(first.tags).toEqual({
    programmeIds: ["alpha"],
    topic: "alpha",
    kind: "cloze",
    template: "cloze.fact",
  });
  expect(second.tags).toBe(first.tags);
  const withOthers = baseFields(ctx, { ...input, key: ["c"], otherProgrammeIds: ["beta", "beta"] });
  expect(withOthers.tags.programmeIds).toEqual(["alpha", "beta"]);
});

// Lines 216, 223-228 and 118 (values of the known pools in order; an unknown pool adds
// nothing; a value in two pools keeps the first pool's category; maps are memoised per pool
// list joined with "|", so ["p","q"] and ["pq"] are two lists).
describe("poolValues and poolCategories", () => {
  const edit = (pack: ReturnType<typeof buildFixturePack>) => {
    const pool = (id: string, category: string, values: string[]) => ({
      id,
      why: "made up",
      category,
      values,
      labels: {},
    });
    pack.pools.push(
      pool("p", "pee", ["P1", "Shared"]),
      pool("q", "queue", ["Shared", "Q1"]),
      pool("pq", "both", ["PQ1"]),
    );
  };

  test("poolValues skips an unknown pool", () => {
    const ctx = fixtureContext(edit);
    expect(poolValues(ctx, ["missing", "p", "q"])).toEqual(["P1", "Shared", "Shared", "Q1"]);
  });

  test("poolCategories: first pool wins, unknown pools add nothing", () => {
    const ctx = fixtureContext(edit);
    expect([...poolCategories(ctx, ["missing", "p", "q"])]).toEqual([
      ["P1", "pee"],
      ["Shared", "pee"],
      ["Q1", "queue"],
    ]);
  });

  test("poolCategories memoises per list of pools", () => {
    const ctx = fixtureContext(edit);
    const pq = poolCategories(ctx, ["p", "q"]);
    expect([...poolCategories(ctx, ["pq"])]).toEqual([["PQ1", "both"]]);
    expect(poolCategories(ctx, ["p", "q"])).toBe(pq);
    expect([...pq.keys()]).toEqual(["P1", "Shared", "Q1"]);
  });
});

// Lines 252-256 (with no salt the candidates are taken in order, skipping answers, repeats and
// empty keys, and stopping at `count`).
describe("pickDistractors without a salt", () => {
  const candidates = ["Alpha", "alpha!", "", "Beta", "Gamma", "Delta", "Epsilon"];
  test.each([
    [0, []],
    [1, ["Alpha"]],
    [2, ["Alpha", "Gamma"]],
    [3, ["Alpha", "Gamma", "Delta"]],
    [9, ["Alpha", "Gamma", "Delta", "Epsilon"]],
  ])("count %i", (count, expected) => {
    expect(pickDistractors(candidates, ["BETA"], count, null)).toEqual(expected);
  });
});

// Lines 272-273 (pool values are trimmed, and only a whole four-digit year counts).
test("yearCandidates takes trimmed four-digit pool years near the event", () => {
  const ctx = fixtureContext((pack) => {
    const years = pack.pools.find((p) => p.id === "years");
    if (years) years.values = [" 1984 ", "01986", "1987.0", "1988x", "1975", "1992"];
  });
  const alpha = programmeOf(ctx, "alpha");
  // 1990 and 2000 are event years within ten years of alpha's 1990.
  expect(yearCandidates(ctx, alpha.dates[0] as DateEntry)).toEqual([
    "1990",
    "2000",
    "1984",
    "1992",
  ]);
});

// Lines 281 and 284 (the event's own year is not a label of itself; unknown pools are skipped
// before a labelled pool).
describe("yearLabel", () => {
  test("the only event of the year is the date itself: no label", () => {
    const ctx = fixtureContext();
    const date = programmeOf(ctx, "alpha").dates[0] as DateEntry;
    expect(yearLabel(ctx, date, "1990")).toBeNull();
  });

  test("another event of the year labels it", () => {
    const ctx = fixtureContext();
    const date = programmeOf(ctx, "alpha").dates[0] as DateEntry;
    expect(yearLabel(ctx, date, "2000")).toBe("The second one started in 2000.");
  });

  test("a pool label after an unknown pool", () => {
    const ctx = fixtureContext();
    const date = programmeOf(ctx, "alpha").dates[0] as DateEntry;
    const withMissing = { ...date, pools: ["missing", "years"] };
    expect(yearLabel(ctx, withMissing, "1985")).toBe("In 1985, the fixture alliance was founded.");
    expect(yearLabel(ctx, withMissing, "1995")).toBeNull();
  });
});

// Lines 294-309 (default options are id+text; a repeated id gets a hash suffix; answers and
// wrong options are told apart to choiceOf; options are sorted by id).
describe("buildChoices", () => {
  test("default choices, sorted by id, with the answer ids", () => {
    expect(buildChoices(["Trust"], ["Calm", "Zeal"])).toEqual({
      options: [
        { id: "calm", text: "Calm" },
        { id: "trust", text: "Trust" },
        { id: "zeal", text: "Zeal" },
      ],
      answerIds: ["trust"],
    });
  });

  test("a second text with the same slug gets a hashed id", () => {
    const suffixed = `calm-${hashToHex("calm!", 6)}`;
    expect(buildChoices(["Calm"], ["calm!", "Able"])).toEqual({
      options: [
        { id: "able", text: "Able" },
        { id: "calm", text: "Calm" },
        { id: suffixed, text: "calm!" },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
      answerIds: ["calm"],
    });
  });

  test("choiceOf learns which texts are answers", () => {
    const { options } = buildChoices(["Yes"], ["No"], (text, isAnswer) => ({
      id: text.toLowerCase(),
      text,
      category: isAnswer ? "key" : "wrong",
    }));
    expect(options).toEqual([
      { id: "no", text: "No", category: "wrong" },
      { id: "yes", text: "Yes", category: "key" },
    ]);
  });
});

// Line 330 (empty parts are skipped, not joined as double spaces).
test.each([
  [["", "A.", "", "B.", ""], "A. B."],
  [["A."], "A."],
  [[], ""],
])("joinSentences(%j)", (parts, expected) => {
  expect(joinSentences(parts)).toBe(expected);
});
