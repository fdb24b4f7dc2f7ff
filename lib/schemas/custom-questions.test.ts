// The question and card forms' validation: each kind's fields become the draft the importers
// produce, and every problem lands on the field it is about, worded as the importers word it.
import { describe, expect, test } from "vitest";
import { parseGift } from "@/lib/domain/interop";
import { toDraft } from "@/lib/domain/interop/draft";
import { IMPORT_LIMITS } from "@/lib/domain/interop/limits";
import { getQuestionBank } from "@/lib/server/content/get-content";
import {
  customCardSchema,
  customQuestionFormSchema,
  customQuestionSchema,
  problemSentence,
  toQuestionDraft,
  toQuestionFields,
  type CustomQuestionInput,
} from "./custom-questions";

const q = (fields: Partial<CustomQuestionInput>): CustomQuestionInput => ({
  kind: "single-choice",
  prompt: "In which year was the Partnership for Peace launched?",
  ...fields,
});

/** The message on each field, as the form shows them. */
function errorsOf(input: CustomQuestionInput): Record<string, string[]> {
  const parsed = customQuestionSchema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "");
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

describe("valid fields become the draft the importers produce", () => {
  test.each([
    [
      "single choice",
      q({ options: "1994\n1991\n\n 1999 ", correct: "1" }),
      { kind: "single-choice", options: ["1994", "1991", "1999"], correct: 0 },
    ],
    [
      "multiple select",
      q({ kind: "multiple-select", options: "a\nb\nc", correct: "1, 3" }),
      { kind: "multiple-select", options: ["a", "b", "c"], correct: [0, 2] },
    ],
    [
      "true or false",
      q({ kind: "true-false", statement: "It is open to OSCE states.", answer: "false" }),
      { kind: "true-false", statement: "It is open to OSCE states.", answer: false },
    ],
    [
      "short answer",
      q({ kind: "short-answer", accepted: "Partnership for Peace\nPfP", rejected: "MD" }),
      { kind: "short-answer", accepted: ["Partnership for Peace", "PfP"], rejected: ["MD"] },
    ],
    [
      "fill in the blank",
      q({
        kind: "cloze",
        gap: "The Partnership for Peace\n was launched in ____.",
        accepted: "1994\nin 1994",
        rejected: "1949",
      }),
      {
        kind: "cloze",
        before: "The Partnership for Peace was launched in ",
        after: ".",
        answers: ["1994", "in 1994"],
        rejected: ["1949"],
      },
    ],
    [
      "fill in the blank, the blank first",
      q({ kind: "cloze", gap: "___ is the capital of Belgium.", accepted: "Brussels" }),
      { kind: "cloze", before: "", after: " is the capital of Belgium.", answers: ["Brussels"] },
    ],
    [
      "matching",
      q({ kind: "matching", pairs: "PfP -> 1994\nMD -> 1994 -> 95", extraRights: "2004" }),
      {
        kind: "matching",
        pairs: [
          { left: "PfP", right: "1994" },
          { left: "MD", right: "1994 -> 95" },
        ],
        extraRights: ["2004"],
      },
    ],
    [
      "ordering",
      q({ kind: "ordering", items: "first\nsecond\nthird" }),
      { kind: "ordering", items: ["first", "second", "third"] },
    ],
  ])("%s", (_name, input, expected) => {
    const parsed = customQuestionSchema.safeParse(input);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toMatchObject({ ...expected, prompt: input.prompt, name: null });
  });
});

describe("each problem is on its field", () => {
  const long = "x".repeat(IMPORT_LIMITS.maxTextLength + 1);
  test.each<[string, CustomQuestionInput, string, RegExp]>([
    [
      "no question text",
      q({ prompt: " ", options: "a\nb", correct: "1" }),
      "prompt",
      /no question text/,
    ],
    ["one option", q({ options: "a", correct: "1" }), "options", /at least 2 options, found 1/],
    [
      "an option twice",
      q({ options: "a\nA", correct: "1" }),
      "options",
      /^Option "A" appears twice/,
    ],
    ["no right option", q({ options: "a\nb", correct: "" }), "correct", /no correct option/],
    [
      "right option out of range",
      q({ options: "a\nb\nc", correct: "5" }),
      "correct",
      /^This question has no option 5: it has 3 options\.$/,
    ],
    ["a word for a number", q({ options: "a\nb", correct: "first" }), "correct", /option numbers/],
    ["two right in single choice", q({ options: "a\nb", correct: "1,2" }), "correct", /one right/],
    [
      "multiple select naming an option twice",
      q({ kind: "multiple-select", options: "a\nb", correct: "1, 1" }),
      "correct",
      /names a correct option twice/,
    ],
    [
      "multiple select past the list",
      q({ kind: "multiple-select", options: "a\nb", correct: "2, 5" }),
      "correct",
      /not in the list/,
    ],
    ["an empty statement", q({ kind: "true-false", statement: "" }), "statement", /no statement/],
    ["no accepted answer", q({ kind: "short-answer", accepted: "\n" }), "accepted", /no correct/],
    [
      "accepted also rejected",
      q({ kind: "short-answer", accepted: "NATO", rejected: "nato" }),
      "rejected",
      /appears twice/,
    ],
    [
      "accepted reading as a rejected one",
      q({ kind: "short-answer", accepted: "The Alliance", rejected: "alliance!" }),
      "rejected",
      /reads the same as the wrong answer/,
    ],
    [
      "a sentence without a blank",
      q({ kind: "cloze", gap: "PfP was launched in 1994.", accepted: "1994" }),
      "gap",
      /Mark the blank with ___/,
    ],
    [
      "a sentence with two blanks",
      q({ kind: "cloze", gap: "___ was launched in ___.", accepted: "1994" }),
      "gap",
      /has 2 blanks/,
    ],
    [
      "a blank with no text around it",
      q({ kind: "cloze", gap: " ____ ", accepted: "1994" }),
      "gap",
      /no text around its blank/,
    ],
    [
      "a blank with no accepted answer",
      q({ kind: "cloze", gap: "Launched in ___.", accepted: " " }),
      "accepted",
      /no correct answer/,
    ],
    [
      "a blank whose answer is also never accepted",
      q({ kind: "cloze", gap: "Launched in ___.", accepted: "1994", rejected: "1994" }),
      "rejected",
      /^Answer "1994" appears twice/,
    ],
    [
      "an overlong sentence around the blank",
      q({ kind: "cloze", gap: `${long.slice(1)} ___`, accepted: "x" }),
      "gap",
      /limit is 5000/,
    ],
    ["a pair without ->", q({ kind: "matching", pairs: "a -> 1\nb 2" }), "pairs", /Line 2 has no/],
    ["one pair", q({ kind: "matching", pairs: "a -> 1" }), "pairs", /at least 2 left items/],
    [
      "a right item twice",
      q({ kind: "matching", pairs: "a -> 1\nb -> 2", extraRights: "1" }),
      "extraRights",
      /^Right item "1" appears twice/,
    ],
    ["one item to order", q({ kind: "ordering", items: "only" }), "items", /at least 2 items/],
    ["an overlong option", q({ options: `a\n${long}`, correct: "1" }), "options", /limit is 5000/],
    ["an overlong prompt", q({ prompt: long }), "prompt", /under 5,000 characters/],
    ["a NUL in the text", q({ prompt: "a\u0000b" }), "prompt", /NUL/],
    ["an unknown kind", { ...q({}), kind: "which-programme" as never }, "kind", /kind of question/],
  ])("%s", (_name, input, field, message) => {
    const errors = errorsOf(input);
    expect(errors[field]?.join(" ") ?? `nothing on ${field}: ${JSON.stringify(errors)}`).toMatch(
      message,
    );
    // The browser's check refuses the same body (the form runs it before sending).
    expect(customQuestionFormSchema.safeParse(input).success).toBe(false);
  });
});

describe("the same validation as imports", () => {
  test.each([
    ["Twice {=a ~a}", q({ options: "a\na", correct: "1" })],
    ["Match {=a -> 1}", q({ kind: "matching", pairs: "a -> 1" })],
    ["Same {=x -> 1 =y -> 1}", q({ kind: "matching", pairs: "x -> 1\ny -> 1" })],
    [
      "Launched in {=1994 =1994} by NATO.",
      q({ kind: "cloze", gap: "Launched in ___ by NATO.", accepted: "1994\n1994" }),
    ],
  ])("GIFT %j and the form report the same problem", (gift, input) => {
    const imported = parseGift(gift);
    if (imported.ok) throw new Error("the GIFT question should be refused");
    const fromImport = imported.errors.map((e) => e.message.replace(/^question 1 \(line 1\) /, ""));
    expect(Object.values(errorsOf(input)).flat()).toEqual(fromImport.map(problemSentence));
  });
});

describe("copying a generated question", () => {
  const { bank } = getQuestionBank(false);
  const kinds = [...new Set(bank.map((b) => b.kind))];
  test.each(kinds)("a %s question fills a form that saves as the same question", (kind) => {
    const question = bank.find((b) => b.kind === kind)!;
    const fields = toQuestionFields(toDraft(question));
    const parsed = customQuestionSchema.safeParse(fields);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual({ ...toDraft(question), name: null });
  });

  test("the fields of a draft read back as that draft", () => {
    const converted = toQuestionDraft(
      customQuestionInputFor(q({ kind: "ordering", items: "b\na" })),
    );
    expect(converted).toMatchObject({ ok: true, draft: { items: ["b", "a"] } });
  });
});

function customQuestionInputFor(input: CustomQuestionInput) {
  return customQuestionFormSchema.parse(input);
}

describe("cards", () => {
  test.each([
    [{ front: " PfP ", back: "Partnership for Peace" }, null, null],
    [{ front: "", back: "b" }, "front", /Write the front/],
    [{ front: "a", back: "   " }, "back", /Write the back/],
    [{ front: "x".repeat(IMPORT_LIMITS.maxTextLength + 1), back: "b" }, "front", /under 5000/],
    [{ front: "a\u0000", back: "b" }, "front", /NUL/],
  ])("%j", (input, field, message) => {
    const parsed = customCardSchema.safeParse(input);
    if (field === null) {
      expect(parsed.data).toEqual({ front: "PfP", back: "Partnership for Peace" });
      return;
    }
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toMatch(message!);
  });
});
