// Edges of gift-export.ts the bank round trip left open (surviving mutants, README "Mutation
// testing"): the exact GIFT written for one hand-built question of each kind, the questions left
// out and why, and the file header. Line numbers are gift-export.ts's; each test was seen failing
// with its mutant applied.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type {
  ClozeQuestion,
  MatchingQuestion,
  MultipleSelectQuestion,
  OrderingQuestion,
  Question,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "@/lib/domain/questions/types";
import { exportGift } from "./gift-export";
import { MULTIPLE_SELECT_LIMIT_NOTE } from "./fractions";

const now = new Date("2026-03-14T09:26:53Z");
const HEADER =
  "// Set: exported by Partnership Study on 2026-03-14T09:26:53.000Z\n\n" +
  "$CATEGORY: $course$/top/Set\n\n";

const common = {
  publicId: "q_x",
  explanation: "",
  sources: [],
  difficulty: 2 as const,
  level: "recall" as const,
  scope: "source" as const,
  beyondSource: false,
  factIds: [],
};
const tags = (kind: Question["kind"]) => ({ programmeIds: [], topic: "t", kind, template: "t" });
const choices = (...texts: string[]) => texts.map((text, i) => ({ id: `o${i}`, text }));

function single(id: string, options: string[], answer: string): SingleChoiceQuestion {
  const kind = "single-choice";
  return {
    ...common,
    id,
    kind,
    tags: tags(kind),
    prompt: "Which?",
    options: choices(...options),
    answer,
  };
}

function multi(id: string, options: string[], answers: string[]): MultipleSelectQuestion {
  const kind = "multiple-select";
  return {
    ...common,
    id,
    kind,
    tags: tags(kind),
    prompt: "Pick two.",
    options: choices(...options),
    answers,
  };
}

function shortAnswer(id: string, accepted: string[], rejected: string[]): ShortAnswerQuestion {
  const kind = "short-answer";
  const answer = accepted[0] ?? "";
  return { ...common, id, kind, tags: tags(kind), prompt: "Name it.", answer, accepted, rejected };
}

function cloze(id: string, before: string, after: string, answers: string[]): ClozeQuestion {
  const kind = "cloze";
  const prompt = "Fill in the blank.";
  return { ...common, id, kind, tags: tags(kind), prompt, before, after, answers, rejected: [] };
}

function matching(id: string, lefts: string[], rights: string[]): MatchingQuestion {
  const kind = "matching";
  const left = choices(...lefts).map((c) => ({ ...c, id: `l${c.id}` }));
  const right = choices(...rights).map((c) => ({ ...c, id: `r${c.id}` }));
  const answer = left.map((l, i) => ({ leftId: l.id, rightId: right[i]?.id ?? "" }));
  return {
    ...common,
    ...{ id, kind, tags: tags(kind), prompt: "Match them." },
    ...{ leftLabel: "Item", rightLabel: "Match", left, right, answer },
  };
}

const exportOne = (q: Question) => exportGift([q], { setName: "Set", now });

describe("the exact GIFT of one question of each kind", () => {
  // Line 40 (the [plain] guard: unanchored, or `\S*` for `\s*`), 113 (the id comment: emptied,
  // the line dropped, its line breaks kept or every other character blanked), 115 (answers
  // joined with nothing), 118 (feedback written though blank, or whitespace counted as text).
  test("single choice: escaping, [plain] before [ and %, feedback with sources", () => {
    const q: SingleChoiceQuestion = {
      ...single("sc\r\n1", ["[html]x", "%50%y", "a[b", "5%", " [c"], "o1"),
      prompt: "Which sign: ~ = # { } : \\ ?\nSecond line",
      explanation: "See {this}.",
      sources: [
        {
          ...{ sourceId: "s", title: "T", publisher: "NATO", url: "https://x" },
          ...{ paragraph: 3, sentences: [1, 2], beyondSource: false },
        },
      ],
    };
    const sign = "Which sign\\: \\~ \\= \\# \\{ \\} \\: \\\\ ?";
    expect(exportOne(q)).toEqual({
      content: `${HEADER}// question: sc  1
::${sign} Second line::[plain]${sign}\\nSecond line{
~[plain][html]x
=[plain]%50%y
~a[b
~5%
~[plain] [c
####See \\{this\\}.\\n\\nSources\\:\\nNATO, "T", paragraph 3, sentences 1, 2 https\\://x
}
`,
      omitted: [],
    });
  });

  // Lines 79 (`?.` dropped: a key naming no option threw) and 46: no option marked right.
  test("single choice whose key names no option: every option written as wrong", () => {
    expect(exportOne(single("sc", ["A", "B"], "gone"))).toEqual({
      content: `${HEADER}// question: sc\n::Which?::[plain]Which?{\n~A\n~B\n}\n`,
      omitted: [],
    });
  });

  // Lines 115, 118 (no "####" without feedback) and the multiple-select weights of line 49.
  test("multiple select: +1/k on right options, -1/d on wrong ones, no feedback", () => {
    expect(exportOne(multi("ms", ["A", "B", "C"], ["o0", "o1"])).content).toBe(
      `${HEADER}// question: ms\n::Pick two.::[plain]Pick two.{\n~%50%A\n~%50%B\n~%-100%C\n}\n`,
    );
  });

  // Line 118 (`.trim()` dropped: a blank explanation written as "####   ").
  test("true/false: own title escaped, statement a second paragraph, no blank feedback", () => {
    const q = {
      ...common,
      ...{ id: "tf", kind: "true-false" as const, tags: tags("true-false") },
      ...{ prompt: "True or false?", statement: "The sky is green.", answer: false },
      explanation: "   ",
      name: "My title: 1",
    } satisfies TrueFalseQuestion & { name: string };
    expect(exportOne(q).content).toBe(
      `${HEADER}// question: tf\n` +
        "::My title\\: 1::[plain]True or false?\\n\\nThe sky is green.{\nFALSE\n}\n",
    );
  });

  // Line 115: accepted forms, then the never-accepted ones at 0%, one a line.
  test("short answer: =form for each accepted, =%0% for each rejected", () => {
    expect(exportOne(shortAnswer("sa", ["PfP", "Partnership for Peace"], ["ICI"])).content).toBe(
      `${HEADER}// question: sa\n` +
        "::Name it.::[plain]Name it.{\n=PfP\n=Partnership for Peace\n=%0%ICI\n}\n",
    );
  });

  test("cloze: the answers between the two halves of the sentence", () => {
    const q = { ...cloze("cz", "NATO began PfP in ", " with 12 partners.", ["1994"]) };
    q.rejected = ["1993"];
    expect(exportOne(q).content).toBe(
      `${HEADER}// question: cz\n` +
        "::NATO began PfP in ___ with 12 partners.::[plain]Fill in the blank.\\n\\n" +
        "NATO began PfP in {\n=1994\n=%0%1993\n} with 12 partners.\n",
    );
  });

  // Line 66 (the distractor line emptied, or mapped to undefined).
  test("matching: =left -> right, a distractor as = -> right", () => {
    const q = matching("mt", ["Alpha", "Beta"], ["10:30", "2000", "2010"]);
    expect(exportOne(q).content).toBe(
      `${HEADER}// question: mt\n` +
        "::Match them.::[plain]Match them.{\n=Alpha -> 10\\:30\n=Beta -> 2000\n= -> 2010\n}\n",
    );
  });
});

const ordering: OrderingQuestion = {
  ...common,
  ...{ id: "or", kind: "ordering", tags: tags("ordering"), prompt: "Order them." },
  ...{ items: choices("A", "B"), answer: ["o0", "o1"], orderLabel: "First to last" },
};
const ARROW_ANSWER = 'an answer contains "->", which GIFT cannot escape';
const AT_END = "GIFT reads a blank at the very end of the text as a short-answer question";
const MARKUP = 'the text after the blank starts with "[" or "//", which GIFT reads as markup';

describe("questions GIFT cannot hold are left out with a note", () => {
  // Lines 75 (ordering), 79-80 (single choice), 82-84 (matching: some, not every, left item),
  // 86-87 and 95-101 (typed answers: some, not every, from the right list), 88-94 (a cloze
  // blank at the end, even with only spaces after it, or before "[" or "//"), 103-106
  // (multiple select past Moodle's grade list).
  test.each<[string, Question, string]>([
    ["ordering", ordering, "GIFT has no ordering question (Moodle reads ordering from Moodle XML)"],
    [
      "single choice, right option with ->",
      single("x", ["A", "a->b"], "o1"),
      'the right option contains "->", which GIFT readers take for a matching pair',
    ],
    [
      "matching, a left item with ->",
      matching("x", ["Alpha", "A->B"], ["1", "2"]),
      'a left item contains "->", which GIFT cannot escape',
    ],
    ["short answer with ->", shortAnswer("x", ["PfP", "P->P"], []), ARROW_ANSWER],
    ["short answer, rejected with ->", shortAnswer("x", ["PfP"], ["I->C"]), ARROW_ANSWER],
    ["cloze answer with ->", cloze("x", "A ", " b.", ["ok", "x->y"]), ARROW_ANSWER],
    ["cloze, nothing after the blank", cloze("x", "A ", "", ["ok"]), AT_END],
    ["cloze, spaces after the blank", cloze("x", "A ", "   ", ["ok"]), AT_END],
    ["cloze, [ right after the blank", cloze("x", "A ", "[1] b.", ["ok"]), MARKUP],
    ["cloze, // after the blank", cloze("x", "A ", "  // b", ["ok"]), MARKUP],
    [
      "multiple select, 11 right options",
      multi(
        "x",
        [..."ABCDEFGHIJKL"],
        [..."01234567891"].map((_, i) => `o${i}`),
      ),
      MULTIPLE_SELECT_LIMIT_NOTE,
    ],
  ])("%s", (_, q, reason) => {
    expect(exportOne({ ...q, id: "x\ny" })).toEqual({
      content: `${HEADER}// Left out: question x y: ${reason}.\n`,
      omitted: [{ id: "x\ny", reason }],
    });
  });

  // Line 90 (the markup test unanchored, or `\S*` for `\s*`), 83 and 99 (every for some).
  test.each<[string, Question]>([
    ["cloze, [ later in the text after the blank", cloze("x", "A ", " and [x] b.", ["ok"])],
    ["cloze, [ in the word after the blank", cloze("x", "NATO", "-based[2] staff.", ["ok"])],
    ["single choice, a wrong option with ->", single("x", ["A", "a->b"], "o0")],
    ["matching, a right item with ->", matching("x", ["Alpha", "Beta"], ["1->2", "3"])],
  ])("kept: %s", (_, q) => {
    const { content, omitted } = exportOne(q);
    expect(omitted).toEqual([]);
    expect(content).toMatch(/^\/\/ question: x\n::/m);
  });
});

describe("the file header names the set as a Moodle category", () => {
  // Lines 142-148: line breaks (one run, one space), "/" doubled (Moodle's escape in a
  // category path), trimmed, "Questions" when nothing is left; both header lines present.
  test.each([
    ["Set", "Set"],
    ["  Set  ", "Set"],
    ["Year 1/Unit 2", "Year 1//Unit 2"],
    ["a\r\nb", "a b"],
    ["a\n\n\rb", "a b"],
    ["", "Questions"],
    [" \n ", "Questions"],
  ])("%j", (setName, category) => {
    expect(exportGift([], { setName, now })).toEqual({
      content:
        `// ${category}: exported by Partnership Study on 2026-03-14T09:26:53.000Z\n\n` +
        `$CATEGORY: $course$/top/${category}\n`,
      omitted: [],
    });
  });

  test("blocks are separated by one blank line, notes and questions in input order", () => {
    const { content } = exportGift([ordering, single("sc", ["A", "B"], "o0")], {
      setName: "Set",
      now,
    });
    expect(content).toBe(
      `${HEADER}// Left out: question or: GIFT has no ordering question ` +
        "(Moodle reads ordering from Moodle XML).\n\n" +
        "// question: sc\n::Which?::[plain]Which?{\n=A\n~B\n}\n",
    );
  });
});

// Line 40 as a property: an option gets its own [plain] exactly when, after spaces, it starts
// with "[" or "%" (GIFT would read a format or a weight there).
test("an option is marked [plain] exactly when it starts with [ or %", () => {
  const textArb = fc.string({ unit: fc.constantFrom(..."[%] ab\t"), minLength: 1, maxLength: 8 });
  fc.assert(
    fc.property(textArb, (text) => {
      const lines = exportOne(single("p", [text, "B"], "o1")).content.split("\n");
      const line = lines.find((l) => l.startsWith("~"));
      const marked = /^\s*[[%]/.test(text);
      expect(line).toBe(marked ? `~[plain]${text}` : `~${text}`);
    }),
  );
});
