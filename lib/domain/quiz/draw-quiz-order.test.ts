// Small made-up banks pin four rules of drawQuiz that the content's bank leaves loose (each
// was a surviving mutant): the recall budget is used up to its last slot, kinds with nothing
// above recall keep a slot in it, the question spanning the most facts picks first in a round,
// and the order of kinds does not depend on the order of the bank.
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import type { Question, QuestionKind, QuestionLevel } from "@/lib/domain/questions/types";
import { drawQuiz, type QuizFilter } from "./draw-quiz";

// A question of the bank for each kind, well formed, to take its fields from.
const templates = new Map<QuestionKind, Question>();
for (const q of generateQuestionBank(loadContent()))
  if (!templates.has(q.kind)) templates.set(q.kind, q);
const all: QuizFilter = { programmeIds: [], kinds: [], sourceOnly: false };
const SEEDS = Array.from({ length: 24 }, (_, i) => `seed-${i}`);

function question(id: string, kind: QuestionKind, level: QuestionLevel, factIds: string[]) {
  return { ...templates.get(kind)!, id, level, factIds, beyondSource: false };
}

function kindsOf(bank: readonly Question[], ids: readonly string[]): QuestionKind[] {
  const byId = new Map(bank.map((q) => [q.id, q]));
  return ids.map((id) => byId.get(id)!.kind);
}

describe("drawQuiz on made-up banks", () => {
  test("a capped quiz takes recall up to the last slot of its budget", () => {
    // 4 questions at most half recall: 2 recall, 2 above, whatever the seed. The true/false
    // questions are true and false in turn, so that keeping them balanced limits nothing.
    const bank = [
      ...["a1", "a2", "a3", "a4"].map((id) => question(id, "single-choice", "apply", [id])),
      ...["r1", "r2", "r3", "r4"].map((id, i) => ({
        ...question(id, "true-false", "recall", [id]),
        answer: i % 2 === 0,
      })),
    ] as Question[];
    for (const seed of SEEDS) {
      const ids = drawQuiz(bank, { ...all, maxRecallShare: 0.5 }, 4, seed);
      expect(kindsOf(bank, ids).filter((k) => k === "true-false")).toHaveLength(2);
    }
  });

  test("kinds with nothing above recall keep a recall slot under the cap", () => {
    // 4 questions, at most 2 at recall: the mixed kind must not spend a recall slot that the
    // two recall-only kinds need, so all three kinds are in every quiz.
    const bank = [
      ...["m1", "m2", "m3"].map((id) => question(id, "cloze", "recall", [id])),
      ...["m4", "m5", "m6"].map((id) => question(id, "cloze", "apply", [id])),
      ...["r1", "r2"].map((id) => question(id, "true-false", "recall", [id])),
      ...["s1", "s2"].map((id) => question(id, "single-choice", "recall", [id])),
    ];
    for (const seed of SEEDS) {
      const kinds = new Set(
        kindsOf(bank, drawQuiz(bank, { ...all, maxRecallShare: 0.5 }, 4, seed)),
      );
      expect([...kinds].sort()).toEqual(["cloze", "single-choice", "true-false"]);
    }
  });

  test("the question spanning the most facts picks first, so the others keep facts apart", () => {
    // The matching question covers f1-f3; a single-choice question on f1 would then repeat a
    // fact while one on f9 is left, so a 2-question quiz never holds "s1".
    const bank = [
      question("m", "matching", "compare", ["f1", "f2", "f3"]),
      question("s1", "single-choice", "recall", ["f1"]),
      question("s2", "single-choice", "recall", ["f9"]),
    ];
    for (const seed of SEEDS) expect(drawQuiz(bank, all, 2, seed).sort()).toEqual(["m", "s2"]);
  });

  test("the order of kinds asked does not depend on the order of the bank", () => {
    const kinds: QuestionKind[] = ["single-choice", "true-false", "cloze", "short-answer"];
    const bank = kinds.flatMap((kind) =>
      [1, 2].map((n) => question(`${kind}-${n}`, kind, "recall", [`${kind}-${n}`])),
    );
    const reversed = [...bank].reverse();
    for (const seed of SEEDS)
      expect(kindsOf(reversed, drawQuiz(reversed, all, 8, seed))).toEqual(
        kindsOf(bank, drawQuiz(bank, all, 8, seed)),
      );
  });

  test("questions never answered come first, then the ones answered longest ago", () => {
    const bank = ["a1", "a2", "a3", "a4", "a5", "a6"].map((id) =>
      question(id, "single-choice", "apply", [id]),
    );
    const seen = new Map([
      ["a1", 5_000],
      ["a2", 1_000],
      ["a3", 3_000],
    ]);
    for (const seed of SEEDS) {
      expect(drawQuiz(bank, all, 3, seed, { seen }).toSorted()).toEqual(["a4", "a5", "a6"]);
      expect(drawQuiz(bank, all, 4, seed, { seen }).toSorted()).toEqual(["a2", "a4", "a5", "a6"]);
      expect(drawQuiz(bank, all, 5, seed, { seen }).toSorted()).toEqual([
        "a2",
        "a3",
        "a4",
        "a5",
        "a6",
      ]);
    }
  });

  test("among deferred questions of two kinds, the one answered longest ago fills up", () => {
    // Each kind's two questions share a fact: the first round takes the older of each, the
    // second defers the other two, and the fill takes the older of those, whatever the order
    // in which the kinds were deferred.
    const bank = [
      question("s1", "single-choice", "apply", ["g"]),
      question("s2", "single-choice", "apply", ["g"]),
      question("t1", "ordering", "apply", ["f"]),
      question("t2", "ordering", "apply", ["f"]),
    ];
    const seen = new Map([
      ["s1", 5_000],
      ["s2", 9_000],
      ["t1", 1_000],
      ["t2", 8_000],
    ]);
    for (const seed of SEEDS)
      expect(drawQuiz(bank, all, 3, seed, { seen }).toSorted()).toEqual(["s1", "t1", "t2"]);
  });

  test("a true/false question that would tip true and false apart waits while others fit", () => {
    // The only false statement shares t1's fact: once t1 is asked, no false one fits, and a
    // second true one would make the quiz's true/false questions two apart; another kind fills.
    const bank = [
      ...["a1", "a2", "a3", "a4"].map((id) => question(id, "single-choice", "apply", [id])),
      ...["t1", "t2", "t3", "f1"].map((id) => ({
        ...question(id, "true-false", "recall", [id === "f1" ? "t1" : id]),
        answer: id !== "f1",
      })),
    ] as Question[];
    const answers = (ids: string[]) =>
      ids.flatMap((id) => bank.flatMap((q) => (q.id === id && q.kind === "true-false" ? [q] : [])));
    for (const seed of SEEDS) {
      const asked = answers(drawQuiz(bank, all, 5, seed)).map((q) => q.answer);
      const trues = asked.filter(Boolean).length;
      expect(Math.abs(2 * trues - asked.length), `${seed}: ${asked}`).toBeLessThanOrEqual(1);
    }
  });
});
