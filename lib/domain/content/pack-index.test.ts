// The pack index read directly (surviving mutants, README "Mutation testing"): most tests build
// it while their file loads, so a mutant in it was only reached before Stryker switched it on.
// The pack is fed in reverse order with a child programme added, so every "sorted by" matters.
import { beforeEach, expect, test } from "vitest";
import type { ContentPack, Programme } from "@/content/schema";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { byYearThenId } from "./by-year";
import { buildPackIndex, type DatedEvent, type PackIndex } from "./pack-index";

const fixture = buildFixturePack();
const beta = fixture.programmes.find((p) => p.id === "beta")!;
const child: Programme = {
  ...beta,
  id: "beta-child",
  parent: "beta",
  group: "h",
  acronym: undefined,
};
const pack: ContentPack = {
  ...fixture,
  programmes: [...fixture.programmes, child]
    .map((p) => ({ ...p, facts: [...p.facts].reverse() }))
    .reverse(),
};
// Built in each test, not while the file loads: Stryker switches a mutant on after loading.
let index: PackIndex;
beforeEach(() => {
  index = buildPackIndex(pack);
});
const sorted = (ids: string[]) => [...ids].sort();

test("acronym programmes: exactly those with an acronym, by id", () => {
  const expected = sorted(pack.programmes.filter((p) => p.acronym).map((p) => p.id));
  expect(expected.length).toBeGreaterThan(1);
  expect(index.acronymProgrammes.map((p) => p.id)).toEqual(expected);
});

test("group members and children, by id; no entry for programmes without either", () => {
  const g = sorted(pack.programmes.filter((p) => p.group === "g").map((p) => p.id));
  expect(index.groupMembers.get("g")?.map((p) => p.id)).toEqual(g);
  expect([...index.groupMembers.keys()].sort()).toEqual(["g", "h"]);
  expect([...index.childrenOf.entries()].map(([k, v]) => [k, v.map((p) => p.id)])).toEqual([
    ["beta", ["beta-child"]],
  ]);
});

test("clue facts per programme, by id, only facts with a clue", () => {
  for (const p of pack.programmes) {
    const expected = sorted(p.facts.filter((f) => f.clue).map((f) => f.id));
    expect(
      index.clueFacts.get(p.id)?.map((f) => f.id),
      p.id,
    ).toEqual(expected);
  }
});

test("events: dates whose fact exists, by fact id, looked up by fact and by year", () => {
  const withDate = pack.programmes.flatMap((p) =>
    p.dates.filter((d) => p.facts.some((f) => f.id === d.fact)).map((d) => d.fact),
  );
  expect(index.events.map((e) => e.fact.id)).toEqual(sorted(withDate));
  for (const e of index.events) {
    expect(index.eventByFact.get(e.fact.id)?.date).toEqual(e.date);
    expect(index.eventsByYear.get(e.date.year)).toContain(e);
  }
  expect(index.years).toEqual([...new Set(index.events.map((e) => e.date.year))].sort());
  // A date naming a fact its programme lacks makes no event.
  const orphan = buildPackIndex({
    ...pack,
    programmes: pack.programmes.map((p) => ({ ...p, facts: p.dates.length ? [] : p.facts })),
  });
  expect(orphan.events).toEqual([]);
});

test("rootOf: the parent of a child, the id itself otherwise (known or not)", () => {
  expect(index.rootOf("beta-child")).toBe("beta");
  expect(index.rootOf("beta")).toBe("beta");
  expect(index.rootOf("no-such-programme")).toBe("no-such-programme");
});

test("byYearThenId: year first, then fact id, in both directions", () => {
  const same = (e: DatedEvent, id: string) => ({ ...e, fact: { ...e.fact, id } });
  const e = index.events[0]!;
  const later = { ...e, date: { ...e.date, year: e.date.year + 1 } };
  expect(byYearThenId(same(e, "a"), same(e, "b"))).toBe(-1);
  expect(byYearThenId(same(e, "b"), same(e, "a"))).toBe(1);
  expect(byYearThenId(same(e, "a"), same(e, "a"))).toBe(0);
  expect(byYearThenId(same(later, "a"), same(e, "b"))).toBe(1);
  expect(byYearThenId(same(e, "b"), same(later, "a"))).toBe(-1);
});
