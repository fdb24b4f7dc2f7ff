/**
 * Stryker's survivors here are equivalent (docs/mutation-testing.md): the sort's tie-break and
 * `<` for `<=` in merging marks (two words that start at the same letter overlap, and words
 * start only at word starts, so marks never just touch), and made-up text for a missing note
 * or acronym (no query word can know it).
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { loadContent } from "@/content/load";
import type { Programme } from "@/content/schema";
import { queryWords, searchFacts, SEARCH_MAX_RESULTS } from "./search-facts";

const pack = loadContent();

/** A programme with only what the search reads. */
const programme = (name: string, statements: string[], acronym?: string): Programme =>
  ({
    id: name.toLowerCase().replace(/\W+/g, "-"),
    name,
    acronym,
    facts: statements.map((statement, i) => ({ id: `f${i}`, statement })),
  }) as unknown as Programme;

const found = (programmes: Programme[], query: string) =>
  searchFacts(programmes, query).matches.map((m) => m.fact.statement);

describe("queryWords", () => {
  test.each([
    ["", []],
    ["   ", []],
    ["PfP, 1994!", ["pfp", "1994"]],
    ["Türkiye türkiye", ["turkiye"]],
    ["x".repeat(150), ["x".repeat(100)]],
  ])("%j -> %j", (query, words) => {
    expect(queryWords(query)).toEqual(words);
  });
});

describe("searchFacts", () => {
  const pfp = programme(
    "Partnership for Peace",
    [
      "NATO launched it in 1994 with its partners.",
      "It is a counterpart to nothing.",
      "Türkiye hosted a meeting.",
    ],
    "PfP",
  );
  const md = programme("Mediterranean Dialogue", ["Seven partners take part."]);

  test.each<[string, string[]]>([
    // A word matches the start of a word, whatever its case or accents.
    ["partner", ["NATO launched it in 1994 with its partners.", "Seven partners take part."]],
    ["PART", ["NATO launched it in 1994 with its partners.", "Seven partners take part."]],
    ["turkiye", ["Türkiye hosted a meeting."]],
    ["counterpart", ["It is a counterpart to nothing."]],
    ["art", []],
    // Every word must be there; the programme's name and acronym count, but one word at least
    // must be in the fact itself.
    ["pfp 1994", ["NATO launched it in 1994 with its partners."]],
    ["peace", []],
    ["peace türkiye", ["Türkiye hosted a meeting."]],
    ["dialogue seven", ["Seven partners take part."]],
    ["dialogue 1994", []],
    ["", []],
  ])("%j finds %j", (query, statements) => {
    expect(found([pfp, md], query)).toEqual(statements);
  });

  test("marks the statement's matches, merged where they touch, on the original letters", () => {
    const [match] = searchFacts([pfp], "türk").matches;
    expect(match!.marks).toEqual([[0, 4]]);
    const [launch] = searchFacts([pfp], "1994 in launched").matches;
    expect(launch!.marks).toEqual([
      [5, 13],
      [17, 19],
      [20, 24],
    ]);
    // Two words starting at the same letter make one mark, as long as the longer.
    const [both] = searchFacts([md], "partner partners").matches;
    expect(both!.marks).toEqual([[6, 14]]);
    // A word found in the note is marked there.
    const noted = {
      ...programme("Notes", []),
      facts: [{ id: "n", statement: "Seven countries", note: "All of the Mediterranean." }],
    } as unknown as Programme;
    expect(searchFacts([noted], "seven mediterranean").matches[0]).toMatchObject({
      marks: [[0, 5]],
      noteMarks: [[11, 24]],
    });
    expect(searchFacts([pfp], "1994").matches[0]!.noteMarks).toEqual([]);
    // The note's first word starts a word, though the statement ends without a stop.
    expect(searchFacts([noted], "seven all").matches[0]!.noteMarks).toEqual([[0, 3]]);
    // "NATO" appears only in the name: the fact matches without a mark for it.
    const [byName] = searchFacts([md], "mediterranean seven").matches;
    expect(byName!.marks).toEqual([[0, 5]]);
  });

  test("the real content: a programme's facts by its acronym, and the total beyond the cap", () => {
    const byAcronym = searchFacts(pack.programmes, "MD 1994").matches;
    expect(byAcronym.map((m) => m.fact.id)).toContain("md-created-1994");
    const all = searchFacts(pack.programmes, "the");
    expect(all.total).toBeGreaterThan(SEARCH_MAX_RESULTS);
    expect(all.matches).toHaveLength(SEARCH_MAX_RESULTS);
  });

  test("every fact is found by its own statement; every match holds every word", () => {
    const facts = pack.programmes.flatMap((p) => p.facts.map((fact) => ({ p, fact })));
    fc.assert(
      fc.property(fc.constantFrom(...facts), ({ p, fact }) => {
        const { matches } = searchFacts(pack.programmes, fact.statement);
        expect(matches.map((m) => m.fact.id)).toContain(fact.id);
        expect(p.facts).toContain(fact);
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(fc.constantFrom("partner", "nato 19", "dialogue", "peace", "mission"), (q) => {
        for (const m of searchFacts(pack.programmes, q).matches) {
          const text = [m.fact.statement, m.fact.note ?? "", m.programme.name, m.programme.acronym]
            .join(" ")
            .toLowerCase();
          for (const word of queryWords(q))
            expect(text).toMatch(new RegExp(`(^|[^a-z0-9])${word}`));
        }
      }),
    );
  });
});
