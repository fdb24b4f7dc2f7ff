// The source-only view, entry by entry (surviving mutants, README "Mutation testing"): the
// invariant test in source-only.test.ts checks kept facts, not which hand-written entries,
// lists and acronyms survive. Here each rule that drops something is met once, beside a
// neighbour that must stay.
import { describe, expect, test } from "vitest";
import type { ContentPack, Entry, Programme } from "@/content/schema";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { toSourceOnlyPack } from "./source-only";

const base = buildFixturePack();
const alpha = base.programmes.find((p) => p.id === "alpha")!;
const reason = alpha.reasons[0]!;
const docCite = reason.sources[0]!;
const beyondFact = "delta-extra"; // a beyond-source fact of a kept programme
const omega: Programme = {
  ...alpha,
  id: "omega",
  name: "Omega Outreach",
  acronym: undefined,
  acronymFact: undefined,
  beyondSource: true,
  group: undefined,
  definition: undefined,
  summary: { text: "A programme only the reference describes.", facts: [] },
  dates: [],
  aims: undefined,
  facts: [],
  reasons: [],
  comparisons: [],
  cases: [],
  misconceptions: [],
  differences: [],
};

function entry(id: string, patch: Partial<Entry> = {}): Entry {
  return { ...reason, id, ...patch };
}

const kept = entry("kept");
const dropped: [string, Entry][] = [
  ["cites a reference", entry("cites-ref", { sources: [docCite, { id: "ref" }] })],
  ["rests on a beyond-source fact", entry("beyond-fact", { facts: ["alpha-calm", beyondFact] })],
  ["is about a dropped programme", entry("about-omega", { about: ["delta", "omega"] })],
  [
    "has a dropped programme as format answer",
    entry("format-answer", {
      format: { answer: "omega", distractors: ["delta"] },
    } as Partial<Entry>),
  ],
  [
    "has a dropped programme as format distractor",
    entry("format-distractor", {
      format: { answer: "delta", distractors: ["gamma", "omega"] },
    } as Partial<Entry>),
  ],
  [
    "has a dropped programme as typed answer",
    entry("typed-answer", { typed: { answer: "omega" } } as Partial<Entry>),
  ],
];

function packWith(change: (p: Programme) => Programme): ContentPack {
  return {
    ...base,
    programmes: [...base.programmes.map((p) => (p.id === "alpha" ? change(p) : p)), omega],
  };
}

const sourceOnlyAlpha = (pack: ContentPack) =>
  toSourceOnlyPack(pack).programmes.find((p) => p.id === "alpha")!;

describe.each(["reasons", "comparisons", "cases", "misconceptions"] as const)("%s", (section) => {
  // Built inside each test, not while the file loads: Stryker switches a mutant on after loading.
  const pack = packWith((p) => ({ ...p, [section]: [kept, ...dropped.map(([, e]) => e)] }));
  const ids = () => sourceOnlyAlpha(pack)[section].map((e) => e.id);

  test("an entry on the document alone stays", () => {
    expect(ids()).toEqual(["kept"]);
  });

  test.each(dropped)("an entry that %s is dropped", (_name, e) => {
    expect(ids()).not.toContain(e.id);
  });
});

describe("acronyms and lists", () => {
  test("an acronym whose fact is beyond the source is dropped with its fact", () => {
    const pack = packWith((p) => ({ ...p, acronymFact: beyondFact }));
    const only = sourceOnlyAlpha(pack);
    expect([only.acronym, only.acronymFact]).toEqual([undefined, undefined]);
    expect(sourceOnlyAlpha(base)).toMatchObject({ acronym: "AP", acronymFact: "alpha-acronym" });
  });

  test("a list keeps its source items and disappears when none is left", () => {
    const aims = alpha.aims!;
    const mixed = { ...aims, items: [...aims.items, { text: "Beyond", fact: beyondFact }] };
    expect(sourceOnlyAlpha(packWith((p) => ({ ...p, aims: mixed }))).aims).toEqual(aims);
    const none = { ...aims, items: [{ text: "Beyond", fact: beyondFact }] };
    expect(sourceOnlyAlpha(packWith((p) => ({ ...p, aims: none }))).aims).toBeUndefined();
  });

  test("the dropped programme, its facts and the reference go; the pools stay", () => {
    const only = toSourceOnlyPack(packWith((p) => p));
    expect(only.programmes.map((p) => p.id)).not.toContain("omega");
    expect(only.sources.map((s) => s.id)).not.toContain("ref");
    expect(only.pools).toEqual(base.pools);
    expect(only.version).toBe(`${base.version}+source-only`);
  });
});

describe("a programme's own facts, dates, differences and summary", () => {
  test("a programme resting on the document alone comes through unchanged", () => {
    expect(sourceOnlyAlpha(base)).toEqual(alpha);
    const gamma = toSourceOnlyPack(base).programmes.find((p) => p.id === "gamma");
    expect(gamma).toEqual(base.programmes.find((p) => p.id === "gamma"));
  });

  test("what rests on a dropped fact or programme goes, the rest stays", () => {
    const date = alpha.dates[0]!;
    const fact = alpha.facts[0]!;
    const pack = packWith((p) => ({
      ...p,
      summary: { ...p.summary, facts: [...p.summary.facts, beyondFact] },
      dates: [...p.dates, { ...date, fact: beyondFact }],
      differences: [
        { from: "delta", text: "Alpha is calm, Delta adapts.", facts: ["alpha-calm"] },
        { from: "omega", text: "Omega is not in the document.", facts: ["alpha-calm"] },
        { from: "delta", text: "Rests on a referenced fact.", facts: ["alpha-calm", beyondFact] },
      ],
      facts: [{ ...fact, alsoTrueOf: ["delta", "omega"] }, ...p.facts.slice(1)],
    }));
    const only = sourceOnlyAlpha(pack);
    expect(only.summary.facts).toEqual(alpha.summary.facts);
    expect(only.dates).toEqual(alpha.dates);
    expect(only.differences.map((d) => d.text)).toEqual(["Alpha is calm, Delta adapts."]);
    expect(only.facts[0]?.alsoTrueOf).toEqual(["delta"]);
    expect(only.facts.map((f) => f.id)).toEqual(alpha.facts.map((f) => f.id));
  });
});
