// Edges of draft.ts the round-trip tests left open (surviving mutants, README "Mutation
// testing"): small hand-made questions turned into drafts, and source citations as text. Line
// numbers are draft.ts's; each test was seen failing with its mutant applied.
import { describe, expect, test } from "vitest";
import type { Question, SourceCitation } from "@/lib/domain/questions/types";
import { formatSources, generalFeedbackOf, toDraft } from "./draft";

const base = {
  id: "custom:t:1",
  publicId: "p1",
  prompt: "Which one?",
  explanation: "Because.",
  sources: [] as SourceCitation[],
  tags: { programmeIds: [], topic: "t", kind: "single-choice" as const, template: "t" },
  difficulty: 1 as const,
  level: "recall" as const,
  scope: "source" as const,
  beyondSource: false,
  factIds: [],
};

const singleChoice = (extra: Record<string, unknown> = {}): Question =>
  ({
    ...base,
    kind: "single-choice",
    options: [
      { id: "a", text: "Alpha" },
      { id: "b", text: "Beta" },
      { id: "c", text: "Gamma" },
    ],
    answer: "b",
    ...extra,
  }) as Question;

const citation = (extra: Partial<SourceCitation> = {}): SourceCitation => ({
  sourceId: "s",
  title: "Partnership Document",
  publisher: "NATO",
  beyondSource: false,
  ...extra,
});

describe("toDraft", () => {
  // Line 82 (findIndex's test made `true`: the first option would always be right).
  test("the right option is found by its id, not taken first", () => {
    expect(toDraft(singleChoice())).toEqual({
      name: null,
      prompt: "Which one?",
      explanation: "Because.",
      kind: "single-choice",
      options: ["Alpha", "Beta", "Gamma"],
      correct: 1,
    });
  });

  // Line 69 (nameOf: `typeof name === "string"` made true, `name.trim() !== ""` made true,
  // the trim dropped, and "" compared with another string): only a title with a visible
  // character is a name.
  test.each<[string, unknown, string | null]>([
    ["no name field", undefined, null],
    ["a number", 7, null],
    ["an empty title", "", null],
    ["a title of spaces", "   ", null],
    ["a title", " Q1 ", " Q1 "],
  ])("name: %s", (_, name, expected) => {
    const q = name === undefined ? singleChoice() : singleChoice({ name });
    expect(toDraft(q).name).toBe(expected);
  });

  // Lines 58 (a lone CR not taken as a line break) and 103 (the rejected forms emptied).
  test("a cloze sentence becomes one line, whatever the line breaks; rejected forms kept", () => {
    const q = {
      ...base,
      kind: "cloze",
      before: "Founded\rin",
      after: "by\r\n\r\n the Allies\nand others.",
      answers: ["1994"],
      rejected: ["1949"],
    } as Question;
    expect(toDraft(q)).toMatchObject({
      kind: "cloze",
      before: "Founded in",
      after: "by the Allies and others.",
      answers: ["1994"],
      rejected: ["1949"],
    });
  });

  // Line 125 (the rejected forms of a short answer emptied).
  test("a short answer keeps its rejected forms, the canonical answer first", () => {
    const q = {
      ...base,
      kind: "short-answer",
      answer: "Partnership for Peace",
      accepted: ["PfP", "Partnership for Peace"],
      rejected: ["EAPC"],
    } as Question;
    expect(toDraft(q)).toMatchObject({
      kind: "short-answer",
      accepted: ["Partnership for Peace", "PfP"],
      rejected: ["EAPC"],
    });
  });

  // Line 62 (the unknown-id check made false, and its message emptied).
  test("an answer key naming an unknown item is refused with that id", () => {
    const q = {
      ...base,
      kind: "ordering",
      items: [{ id: "x", text: "First" }],
      answer: ["x", "zz"],
      orderLabel: "First to last",
    } as Question;
    expect(() => toDraft(q)).toThrow(new Error('answer key names unknown id "zz"'));
  });
});

describe("formatSources", () => {
  // Lines 134 (no sentences defaulting to a made-up one), 136 ("sentences" for several made
  // "sentence", its "s" emptied, the numbers joined without ", ") and 137 (the empty text when
  // there are no sentences replaced).
  test.each<[string, SourceCitation, string]>([
    ["title only", citation(), 'NATO, "Partnership Document"'],
    [
      "a paragraph, no sentences, a URL",
      citation({ paragraph: 3, url: "https://nato.int/p" }),
      'NATO, "Partnership Document", paragraph 3 https://nato.int/p',
    ],
    [
      "a paragraph and an empty sentence list",
      citation({ paragraph: 3, sentences: [] }),
      'NATO, "Partnership Document", paragraph 3',
    ],
    [
      "one sentence",
      citation({ paragraph: 3, sentences: [2] }),
      'NATO, "Partnership Document", paragraph 3, sentence 2',
    ],
    [
      "several sentences",
      citation({ paragraph: 12, sentences: [1, 2, 4] }),
      'NATO, "Partnership Document", paragraph 12, sentences 1, 2, 4',
    ],
  ])("%s", (_, source, expected) => {
    expect(formatSources([source])).toBe(expected);
  });

  test("one line per source", () => {
    expect(formatSources([citation({ paragraph: 1 }), citation({ publisher: "EU" })])).toBe(
      'NATO, "Partnership Document", paragraph 1\nEU, "Partnership Document"',
    );
  });
});

describe("generalFeedbackOf", () => {
  // Line 147 (the explanation-and-sources text emptied).
  test("the explanation, then a Sources block when there are sources", () => {
    const cited = singleChoice({ sources: [citation({ paragraph: 5, sentences: [1] })] });
    expect(generalFeedbackOf(cited)).toBe(
      'Because.\n\nSources:\nNATO, "Partnership Document", paragraph 5, sentence 1',
    );
    expect(generalFeedbackOf(singleChoice())).toBe("Because.");
  });
});
