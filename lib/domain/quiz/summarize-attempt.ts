/**
 * Scoring a finished attempt: each question scores 0..1 (partial credit comes from the
 * graders), the attempt scores their mean, and unanswered questions score 0. Breakdowns by
 * programme and by question kind use the same rule.
 */
import type { Question, QuestionKind } from "@/lib/domain/questions/types";

export type ScoredItem = { question: Question; score: number | null; correct: boolean };

/**
 * The programme an answer counts under, on the results page as on the progress page (which
 * stores it with each answer): the programme the question is about first, so the Mediterranean
 * Dialogue is its own row and not folded into "Multilateral and bilateral dialogues". A
 * question with no programme (one an instructor wrote) counts under its topic.
 */
export function progressProgrammeOf(question: Pick<Question, "tags">): string {
  return question.tags.programmeIds[0] ?? question.tags.topic;
}

export type Breakdown = { key: string; questions: number; correct: number; score: number };

export type AttemptSummary = {
  questions: number;
  answered: number;
  correct: number;
  /** Mean score, 0..1. */
  score: number;
  byProgramme: Breakdown[];
  byKind: (Breakdown & { key: QuestionKind })[];
};

function breakdown<K extends string>(
  items: readonly ScoredItem[],
  keyOf: (q: Question) => K,
): (Breakdown & { key: K })[] {
  const groups = new Map<K, { questions: number; correct: number; total: number }>();
  for (const item of items) {
    const key = keyOf(item.question);
    const group = groups.get(key) ?? { questions: 0, correct: 0, total: 0 };
    group.questions += 1;
    group.correct += item.correct ? 1 : 0;
    group.total += item.score ?? 0;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      questions: g.questions,
      correct: g.correct,
      score: g.total / g.questions,
    }))
    .sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : 1));
}

export function summarizeAttempt(items: readonly ScoredItem[]): AttemptSummary {
  const answered = items.filter((i) => i.score !== null).length;
  const correct = items.filter((i) => i.correct).length;
  const total = items.reduce((sum, i) => sum + (i.score ?? 0), 0);
  return {
    questions: items.length,
    answered,
    correct,
    score: items.length ? total / items.length : 0,
    byProgramme: breakdown(items, progressProgrammeOf),
    byKind: breakdown(items, (q) => q.kind),
  };
}

/** Positions to ask again: wrong, partly right, or never answered. */
export function missedPositions(items: readonly ScoredItem[]): number[] {
  return items.flatMap((item, position) => (item.correct ? [] : [position]));
}
