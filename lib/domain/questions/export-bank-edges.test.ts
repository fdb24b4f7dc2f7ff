// Export edges: one hand-built question of each kind exported in full (stem, options and key
// as text), plus a key id no option holds, a question with no programme and sources with and
// without a URL. Each test was seen failing with its Stryker mutant applied by hand.
import { describe, expect, test } from "vitest";
import { exportQuestion, type ExportedQuestion } from "./export-bank";
import type { Question, SourceCitation } from "./types";

function base<K extends Question["kind"]>(kind: K, programmeIds = ["nrf"]) {
  return {
    id: `${kind}:nrf:f1`,
    publicId: "q_1",
    kind,
    prompt: "Prompt?",
    explanation: "Because.",
    sources: [] as SourceCitation[],
    difficulty: 2 as const,
    level: "recall" as const,
    scope: "source" as const,
    beyondSource: false,
    factIds: ["f1"],
    tags: { programmeIds, topic: "nrf", kind, template: `${kind}.t` },
  };
}
const choices = (...texts: string[]) => texts.map((text, i) => ({ id: `c${i + 1}`, text }));

// The fields every export shares, for the base above.
const common = (kind: Question["kind"]) => ({
  id: `${kind}:nrf:f1`,
  kind,
  level: "recall",
  programme: "nrf",
  topic: "nrf",
  scope: "source",
  difficulty: 2,
  prompt: "Prompt?",
  explanation: "Because.",
  sources: [],
});

// Lines 31-36 (stemOf per kind), 38-51 (optionsOf per kind, each case and the default),
// 53-73 (keyOf per kind: multiple select's own case at line 58, matching pairs at line 68).
describe("each kind exports its stem, options and key as text", () => {
  const cases: Array<[string, Question, Partial<ExportedQuestion>]> = [
    [
      "single choice",
      { ...base("single-choice"), options: choices("2014", "2002", "1994"), answer: "c2" },
      { stem: null, options: ["2014", "2002", "1994"], key: ["2002"] },
    ],
    [
      "multiple select",
      {
        ...base("multiple-select"),
        options: choices("Air", "Sea", "Space", "Land"),
        answers: ["c1", "c4"],
      },
      { stem: null, options: ["Air", "Sea", "Space", "Land"], key: ["Air", "Land"] },
    ],
    [
      "true or false",
      { ...base("true-false"), statement: "The NRF was launched in 2002.", answer: false },
      { stem: "The NRF was launched in 2002.", options: null, key: ["false"] },
    ],
    [
      "cloze",
      {
        ...base("cloze"),
        before: "The NRF was launched in ",
        after: " at Prague.",
        answers: ["2002", "two thousand two"],
        rejected: ["2014"],
      },
      {
        stem: "The NRF was launched in ___ at Prague.",
        options: null,
        key: ["2002", "two thousand two"],
      },
    ],
    [
      "matching",
      {
        ...base("matching"),
        leftLabel: "Programme",
        rightLabel: "Year",
        left: [
          { id: "l1", text: "NRF" },
          { id: "l2", text: "PfP" },
        ],
        right: [
          { id: "r1", text: "1994" },
          { id: "r2", text: "2002" },
        ],
        answer: [
          { leftId: "l1", rightId: "r2" },
          { leftId: "l2", rightId: "r1" },
        ],
      },
      {
        stem: null,
        options: { left: ["NRF", "PfP"], right: ["1994", "2002"] },
        key: ["NRF = 2002", "PfP = 1994"],
      },
    ],
    [
      "ordering",
      {
        ...base("ordering"),
        items: choices("Prague", "Wales", "Madrid"),
        answer: ["c3", "c1", "c2"],
        orderLabel: "Earliest first",
      },
      { stem: null, options: ["Prague", "Wales", "Madrid"], key: ["Madrid", "Prague", "Wales"] },
    ],
    [
      "short answer",
      {
        ...base("short-answer"),
        answer: "NATO Response Force",
        accepted: ["NATO Response Force", "NRF"],
        rejected: ["PfP"],
      },
      { stem: null, options: null, key: ["NATO Response Force", "NRF"] },
    ],
    [
      "which programme",
      {
        ...base("which-programme"),
        description: "A high-readiness force launched in 2002.",
        options: choices("PfP", "NRF"),
        answer: "c2",
      },
      {
        stem: "A high-readiness force launched in 2002.",
        options: ["PfP", "NRF"],
        key: ["NRF"],
      },
    ],
  ];
  test.each(cases)("%s", (_, q, fields) => {
    expect(exportQuestion(q)).toEqual({ ...common(q.kind), ...fields });
  });
});

// Line 29 (an id no option holds is exported as the id itself, not a crash).
test("a key id that no option holds is exported as the id", () => {
  const q: Question = {
    ...base("matching"),
    leftLabel: "L",
    rightLabel: "R",
    left: [{ id: "l1", text: "NRF" }],
    right: [{ id: "r1", text: "2002" }],
    answer: [{ leftId: "l1", rightId: "r9" }],
  };
  expect(exportQuestion(q).key).toEqual(["NRF = r9"]);
});

// Line 80 (the programme is the first programme id, and "" when there is none).
test("the programme is the first programme id, or empty when there is none", () => {
  const tf = (programmeIds: string[]): Question => ({
    ...base("true-false", programmeIds),
    statement: "s",
    answer: true,
  });
  expect(exportQuestion(tf(["pfp", "nrf"])).programme).toBe("pfp");
  expect(exportQuestion(tf([])).programme).toBe("");
});

// Lines 89-93 (a source keeps its passage and URL, and null stands for a missing one).
test("sources keep their label, passage and URL, with null for what is missing", () => {
  const q: Question = {
    ...base("true-false"),
    statement: "s",
    answer: true,
    sources: [
      {
        sourceId: "doc",
        title: "Fixture article",
        publisher: "NATO",
        paragraph: 3,
        sentences: [1, 2],
        passage: "The NRF was launched.",
        beyondSource: false,
      },
      {
        sourceId: "web",
        title: "NRF page",
        publisher: "NATO",
        url: "https://www.nato.int/nrf",
        beyondSource: true,
      },
    ],
  };
  expect(exportQuestion(q).sources).toEqual([
    {
      label: '"Fixture article", paragraph 3, sentences 1, 2',
      passage: "The NRF was launched.",
      url: null,
    },
    { label: '"NRF page" (NATO)', passage: null, url: "https://www.nato.int/nrf" },
  ]);
});
