/**
 * GIFT: the whole generated bank exported, read back by gift-pegjs on its own (the independent
 * reader: names, keys, feedback), imported by parseGift into the same questions and keys, and
 * graded the same; escaping as a property; bad files refused whole with line numbers.
 */
import fc from "fast-check";
import { parse, type GIFTQuestion, type TextChoice } from "gift-pegjs";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { gradeResponse } from "@/lib/domain/questions/grade";
import type { Question } from "@/lib/domain/questions/types";
import { textResponses, toResponse } from "@/lib/domain/test-fixtures/text-responses";
import { isCustomQuestionId } from "./custom-question";
import { toDraft, type QuestionDraft } from "./draft";
import { escapeGift, exportGift } from "./gift-export";
import { parseGift } from "./gift-import";
import { IMPORT_LIMITS } from "./limits";
import { normalizeText } from "./text";
import type { CustomQuestion, QuestionImportResult } from "./types";

const bank = generateQuestionBank(loadContent());
const now = new Date("2026-03-14T09:26:53Z");
const exported = exportGift(bank, { setName: "Whole bank", now });
const kept = bank.filter((q) => !exported.omitted.some((o) => o.id === q.id));
const read = parse(exported.content).filter((q) => q.type !== "Category");
const imported = parseGift(exported.content, { importId: "t1" });

function questionsOf(result: QuestionImportResult): CustomQuestion[] {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result.questions;
}

function errorsOf(result: QuestionImportResult) {
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

const choiceTexts = (q: GIFTQuestion): TextChoice[] =>
  q.type === "MC" || q.type === "Short" ? q.choices : [];

/** Whitespace next to the blank is the one thing gift-pegjs does not keep (it trims). */
function clozeTrimmed(draft: QuestionDraft): QuestionDraft {
  return draft.kind === "cloze"
    ? { ...draft, before: draft.before.trim(), after: draft.after.trim() }
    : draft;
}

describe("GIFT export of the whole bank, read by gift-pegjs", () => {
  test("leaves out exactly the ordering questions, each with a note naming it", () => {
    const ordering = bank.filter((q) => q.kind === "ordering").map((q) => q.id);
    expect(ordering.length).toBeGreaterThan(0);
    expect(exported.omitted.map((o) => o.id)).toEqual(ordering);
    for (const id of ordering) expect(exported.content).toContain(`// Left out: question ${id}:`);
  });

  test("holds one question per kept question, of the GIFT type its kind maps to", () => {
    const expected: Record<Question["kind"], string> = {
      "single-choice": "MC",
      "which-programme": "MC",
      "multiple-select": "MC",
      "true-false": "TF",
      "short-answer": "Short",
      cloze: "Short",
      matching: "Matching",
      ordering: "-",
    };
    expect(read.map((q) => q.type)).toEqual(kept.map((q) => expected[q.kind]));
    expect(parse(exported.content)[0]).toMatchObject({
      type: "Category",
      title: "$course$/top/Whole bank",
    });
  });

  test("every question has a name and general feedback with its explanation and sources", () => {
    kept.forEach((q, i) => {
      const r = read[i] as GIFTQuestion;
      expect(r.type === "Category" ? "" : r.title).not.toBe("");
      const feedback = "globalFeedback" in r ? (r.globalFeedback?.text ?? "") : "";
      expect(feedback).toContain(q.explanation);
      for (const s of q.sources) if (s.url) expect(feedback).toContain(s.url);
    });
  });

  test("the answer keys read by gift-pegjs are the bank's keys", () => {
    kept.forEach((q, i) => {
      const r = read[i] as GIFTQuestion;
      const choices = choiceTexts(r);
      const right = choices.filter((c) => (c.weight ?? (c.isCorrect ? 100 : 0)) > 0);
      switch (q.kind) {
        case "single-choice":
        case "which-programme":
          expect(choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([
            q.options.find((o) => o.id === q.answer)?.text,
          ]);
          break;
        case "multiple-select": {
          const answers = q.options.filter((o) => q.answers.includes(o.id)).map((o) => o.text);
          expect(right.map((c) => c.text.text)).toEqual(answers);
          const sum = right.reduce((total, c) => total + (c.weight ?? 0), 0);
          expect(sum).toBeCloseTo(100, 3);
          break;
        }
        case "true-false":
          expect(r.type === "TF" && r.isTrue).toBe(q.answer);
          break;
        case "short-answer":
          expect(right.map((c) => c.text.text)).toEqual(q.accepted);
          expect(choices.filter((c) => c.weight === 0).map((c) => c.text.text)).toEqual(q.rejected);
          break;
        case "cloze":
          expect(r.type === "Short" && r.hasEmbeddedAnswers).toBe(true);
          expect(right.map((c) => c.text.text)).toEqual(q.answers);
          break;
        case "matching":
          expect(
            r.type === "Matching" && r.matchPairs.map((p) => [p.subquestion.text, p.subanswer]),
          ).toEqual(
            q.answer.map((p) => [
              q.left.find((l) => l.id === p.leftId)?.text,
              q.right.find((x) => x.id === p.rightId)?.text,
            ]),
          );
          break;
        case "ordering":
          throw new Error("ordering is not exported to GIFT");
      }
    });
  });
});

test("Moodle's grading of the GIFT weights equals our grader on every choice", () => {
  kept.forEach((q, i) => {
    if (q.kind !== "multiple-select") return;
    const weightOf = new Map(
      choiceTexts(read[i] as GIFTQuestion).map((c) => [c.text.text, c.weight]),
    );
    for (const r of textResponses(q)) {
      if (r.kind !== "multi") continue;
      const sum = r.texts.reduce((total, t) => total + (weightOf.get(t) ?? NaN) / 100, 0);
      expect(Math.min(1, Math.max(0, sum))).toBeCloseTo(
        gradeResponse(q, toResponse(q, r)).score,
        5,
      );
    }
  });
});

describe("GIFT import of the exported bank", () => {
  const questions = questionsOf(imported);

  test("gives back every exported question with the same text and key", () => {
    expect(questions).toHaveLength(kept.length);
    kept.forEach((q, i) => {
      const r = read[i] as GIFTQuestion;
      const title = r.type === "Category" ? "" : r.title;
      const feedback = "globalFeedback" in r ? (r.globalFeedback?.text ?? "") : "";
      const expected = { ...toDraft(q), name: title, explanation: normalizeText(feedback) };
      expect(clozeTrimmed(toDraft(questions[i] as Question))).toEqual(clozeTrimmed(expected));
    });
  });

  test("keeps the spaces around a blank that are not before punctuation", () => {
    const cloze = questions.filter((q) => q.kind === "cloze");
    const originals = kept.filter((q) => q.kind === "cloze");
    const same = cloze.filter((q, i) => {
      const o = originals[i];
      return (
        o?.kind === "cloze" && q.kind === "cloze" && q.before === o.before && q.after === o.after
      );
    });
    // Only a closing quote right after the blank is read back without the space before it.
    expect(same.length).toBeGreaterThanOrEqual(cloze.length - 2);
  });

  test("grades every answer exactly as the original question does", () => {
    kept.forEach((q, i) => {
      const copy = questions[i] as Question;
      for (const r of textResponses(q))
        expect(gradeResponse(copy, toResponse(copy, r)).score).toBe(
          gradeResponse(q, toResponse(q, r)).score,
        );
    });
  });

  test("marks the questions custom, with ids no generated question can have", () => {
    for (const q of questions) {
      expect(q.origin).toBe("custom");
      expect(isCustomQuestionId(q.id)).toBe(true);
    }
    expect(bank.some((q) => isCustomQuestionId(q.id))).toBe(false);
    const publicIds = new Set(bank.map((q) => q.publicId));
    expect(questions.some((q) => publicIds.has(q.publicId))).toBe(false);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  test("a second export of the imported questions reads back the same", () => {
    const again = questionsOf(
      parseGift(exportGift(questions, { setName: "Again", now }).content, { importId: "t2" }),
    );
    expect(again.map((q) => toDraft(q))).toEqual(questions.map((q) => toDraft(q)));
  });
});

describe("GIFT escaping", () => {
  // Any code points, and strings built from the characters the formats treat specially.
  const textArb = fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(..."~=#{}:%\\*&<>\"'[]/-_ \n\tab"), maxLength: 30 }),
  );

  test("any text survives as a prompt, an option and feedback (whitespace normalised)", () => {
    const [model] = kept.filter((q) => q.kind === "single-choice");
    if (model?.kind !== "single-choice") throw new Error("the bank has no single-choice question");
    fc.assert(
      fc.property(textArb, textArb, textArb, (prompt, option, feedback) => {
        fc.pre([prompt, option].every((t) => normalizeText(t) !== ""));
        fc.pre(normalizeText(option).toLowerCase() !== "other");
        const q: Question = {
          ...model,
          prompt,
          explanation: feedback,
          sources: [],
          options: [
            { id: "a", text: option },
            { id: "b", text: "Other" },
          ],
          answer: "a",
        };
        const { content, omitted } = exportGift([q], { setName: "P", now });
        if (omitted.length > 0) {
          expect(option).toContain("->");
          return;
        }
        const independent = parse(content).find((x) => x.type === "MC");
        expect(independent?.type === "MC" && normalizeText(independent.stem.text)).toBe(
          normalizeText(prompt),
        );
        const back = questionsOf(parseGift(content))[0];
        expect(back?.prompt).toBe(normalizeText(prompt));
        expect(back?.kind === "single-choice" && back.options[0]?.text).toBe(normalizeText(option));
        expect(back?.explanation).toBe(normalizeText(feedback));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  test("special characters are escaped: ~ = # { } : \\ and line breaks", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h\ni")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
  });
});

const ONE = "::Q1::Which one?{=Right ~Wrong}";

describe("GIFT import refuses bad files whole", () => {
  test.each([
    ["malformed syntax", `${ONE}\n\n::Q2::Broken{=a ~b\n`, 3, /line 3: .*Expected "}"/],
    [
      "no right option",
      `${ONE}\n\n::Q2::None?{~a ~b}`,
      3,
      /question 2 \(line 3\) has no right option/,
    ],
    ["missing answers (essay)", `${ONE}\n\n::Q2::Tell me.{}`, 3, /essay/],
    ["duplicate options", `${ONE}\n\n::Q2::Dup?{=Same ~same}`, 3, /option "same" appears twice/],
    ["duplicate answers", `${ONE}\n\n::Q2::Name it{=PfP =pfp}`, 3, /answer "pfp" appears twice/],
    ["one option only", `${ONE}\n\n::Q2::Only?{~%100%a}`, 3, /needs at least 2 options/],
    ["two right options", `${ONE}\n\n::Q2::Two?{=a =b ~c}`, 3, /more than one option/],
    ["unequal weights", `${ONE}\n\n::Q2::W?{~%70%a ~%30%b ~c}`, 3, /weighs its right options/],
    ["weights not adding up", `${ONE}\n\n::Q2::W?{~%50%a ~%20%b ~c}`, 3, /add up to 70%/],
    ["numerical", `${ONE}\n\n::Q2::When?{#1994}`, 3, /numerical/],
    ["description", `${ONE}\n\n::Q2::Just text.`, 3, /description/],
    ["partial credit", `${ONE}\n\n::Q2::Name?{=a =%50%b}`, 3, /partial credit/],
    ["duplicate right items", `${ONE}\n\n::Q2::M{=a -> x =b -> x =c -> y}`, 3, /"x" appears twice/],
    ["clashing answer", `${ONE}\n\n::Q2::N?{=The Council =%0%council}`, 3, /reads the same/],
  ])("%s", (_, source, line, message) => {
    const errors = errorsOf(parseGift(source));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.line).toBe(line);
    expect(errors.map((e) => e.message).join("\n")).toMatch(message);
  });

  test("an empty file is an error", () => {
    expect(errorsOf(parseGift("// only a comment\n"))[0]?.message).toMatch(/no question/);
  });

  test("a file over the size limit is refused before parsing", () => {
    // Unbalanced braces everywhere: parsing it would report thousands of errors.
    const huge = "{".repeat(IMPORT_LIMITS.maxQuestionFileBytes + 1);
    const errors = errorsOf(parseGift(huge));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/the limit is 1\.0 MiB/);
  });

  test("too many questions is refused", () => {
    const max = IMPORT_LIMITS.maxQuestions;
    const many = Array.from({ length: max + 1 }, (_, i) => `Q${i}?{T}`);
    expect(errorsOf(parseGift(many.join("\n\n"))).map((e) => e.message)).toContain(
      `the file has ${max + 1} questions; the limit is ${max}`,
    );
  });

  test("script in HTML text is dropped, and plain text keeps it as inert text", () => {
    const html = parseGift(
      '::X::[html]<p onclick\\="x()">Pick <b>one</b></p><script>alert(1)</script>{=<i>A</i> ~B}',
    );
    const [q] = questionsOf(html);
    expect(q?.prompt).toBe("Pick one");
    expect(q?.kind === "single-choice" && q.options.map((o) => o.text)).toEqual(["A", "B"]);
    expect(JSON.stringify(q)).not.toMatch(/<script|<b>|onclick/);
    const [p] = questionsOf(parseGift("::X::[plain]<script>alert(1)</script>{T}"));
    expect(p?.kind === "true-false" && p.statement).toBe("<script>alert(1)</script>");
  });

  test("an instructor's file in Moodle's default format becomes custom questions", () => {
    const source = [
      "// Written by hand",
      "::Founding::NATO launched the Partnership for Peace in 1994.{T}",
      "",
      "::Acronym::What does PfP stand for?{=Partnership for Peace =PfP programme}",
      "",
      "::Pick::Which are partnership formats?{~%50%Mediterranean Dialogue ~%50%EAPC ~%-100%G7}",
      "",
      "NATO's Mediterranean Dialogue began in {=1994} with five countries.",
    ].join("\n");
    const qs = questionsOf(parseGift(source, { importId: "hand" }));
    expect(qs.map((q) => [q.id, q.kind])).toEqual([
      ["custom:hand:1", "true-false"],
      ["custom:hand:2", "short-answer"],
      ["custom:hand:3", "multiple-select"],
      ["custom:hand:4", "cloze"],
    ]);
    const cloze = qs[3];
    expect(cloze?.kind === "cloze" && [cloze.before, cloze.after]).toEqual([
      "NATO's Mediterranean Dialogue began in ",
      " with five countries.",
    ]);
    expect(qs[0]?.kind === "true-false" && qs[0].prompt).toBe("True or false?");
  });
});
