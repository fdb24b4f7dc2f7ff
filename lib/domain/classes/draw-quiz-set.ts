/**
 * The questions of an instructor's quiz set: pinned questions first (in the order pinned),
 * then a seeded draw (draw-quiz.ts) over the set's filters, leaving out excluded questions.
 *
 * The base draw is made for the full count and does not depend on pins or exclusions, so the
 * preview stays put while the instructor works on it: excluding a question replaces that one
 * question (from a second draw over what is left), and pinning one that was drawn only moves
 * it to the front. Saving with the preview's seed gives exactly the previewed questions.
 */
import type { Question } from "@/lib/domain/questions/types";
import { drawQuiz, filterQuestions, type QuizFilter } from "@/lib/domain/quiz/draw-quiz";

export type QuizSetDraw = QuizFilter & {
  count: number;
  pinnedIds: readonly string[];
  excludedIds: readonly string[];
};

export type DrawnQuizSet = {
  /** Question ids in the order they are asked. */
  ids: string[];
  /** Questions the filters and pins allow at all (the most the set could hold). */
  available: number;
};

export function drawQuizSet(
  bank: readonly Question[],
  options: QuizSetDraw,
  seed: string,
): DrawnQuizSet {
  const pinned = [...new Set(options.pinnedIds)].slice(0, options.count);
  const pinnedSet = new Set(pinned);
  const excluded = new Set(options.excludedIds);
  const usable = (id: string) => !pinnedSet.has(id) && !excluded.has(id);
  const slots = options.count - pinned.length;

  const base = drawQuiz(bank, options, options.count, seed).filter(usable).slice(0, slots);
  let fill: string[] = [];
  if (base.length < slots) {
    const taken = new Set(base);
    const rest = bank.filter((q) => usable(q.id) && !taken.has(q.id));
    fill = drawQuiz(rest, options, slots - base.length, `${seed}:more`);
  }
  const available =
    pinned.length + filterQuestions(bank, options).filter((q) => usable(q.id)).length;
  return { ids: [...pinned, ...base, ...fill], available };
}
