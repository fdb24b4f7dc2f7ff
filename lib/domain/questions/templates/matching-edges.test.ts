// Edges of the matching templates (matching.ts): how dated events are dealt into groups of three
// or four with distinct years, and a group of exactly three programmes giving a clue matching.
// Each test was seen failing with its Stryker mutant applied by hand.
import { describe, expect, test } from "vitest";
import type { DateEntry, Fact, Programme } from "@/content/schema";
import type { DatedEvent } from "@/lib/domain/content/pack-index";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import type { MatchingQuestion } from "../types";
import { createTemplateContext } from "./context";
import { dealYearGroups, generateMatchingQuestions } from "./matching";

const event = (id: string, year: number): DatedEvent => ({
  programme: { id: `p-${id}` } as Programme,
  fact: { id } as Fact,
  date: { fact: id, year, event: `Event ${id}`, sentence: "{year}", pools: [] } as DateEntry,
});
const ids = (groups: DatedEvent[][]) => groups.map((g) => g.map((e) => e.fact.id));

// Lines 76-84 (events sorted by year, dealt round-robin, a repeated year left out, groups of
// fewer than three dropped; the caller's list is not reordered).
describe("dealYearGroups", () => {
  test("five events: one group of three kept, the pair dropped", () => {
    const events = [event("e", 5), event("d", 4), event("c", 3), event("b", 2), event("a", 1)];
    expect(ids(dealYearGroups(events, 0))).toEqual([["a", "c", "e"]]);
    expect(ids(dealYearGroups(events, 1))).toEqual([["a", "d", "e"]]);
    expect(events.map((e) => e.fact.id)).toEqual(["e", "d", "c", "b", "a"]);
  });

  test("an event whose year its group already has is left out", () => {
    const events = [event("a", 1), event("b", 1), event("c", 2), event("d", 3)];
    expect(ids(dealYearGroups(events, 0))).toEqual([["a", "c", "d"]]);
  });
});

// Line 100 (a group of exactly three members gives a clue matching).
test("a group of three programmes gets a clue matching", () => {
  const pack = buildFixturePack();
  const delta = pack.programmes.find((p) => p.id === "delta") as Programme;
  delete delta.group;
  const ctx = createTemplateContext(pack);
  generateMatchingQuestions(ctx);
  const clues = ctx.out.filter((q) => q.tags.template === "matching.clues") as MatchingQuestion[];
  expect(clues.map((q) => q.id)).toEqual(["matching.clues:alpha:alpha-start"]);
  const q = clues[0] as MatchingQuestion;
  const text = (list: { id: string; text: string }[], id: string) =>
    list.find((c) => c.id === id)?.text;
  expect(q.answer.map((p) => [text(q.left, p.leftId), text(q.right, p.rightId)]).sort()).toEqual([
    ["Alpha Programme (AP)", "Started in 1990."],
    ["Beta Initiative (BI)", "Freedonia and Sylvania take part."],
    ["Gamma Format (GF)", "Uses a broad and a narrow format."],
  ]);
});
