/**
 * The progress rollups as one left fold over progress events, so the writer (one event in
 * its transaction, starting from the stored rows it touches) and the rebuild (every event,
 * starting from nothing) cannot disagree:
 * - a counted answer (see CountedAnswer: a practice answer when given, an exam's answers
 *   when it is submitted) adds to its local day, its programme's day and its question, whose
 *   running accuracy moves by QUESTION_SMOOTHING in the order answers were counted;
 * - a review adds one to its local day; an undone review takes it away again (a day left
 *   with no answer and no review has no row).
 * Days are local days in the learner's current time zone.
 */
import { localDay } from "@/lib/domain/time/zoned-time";
import { smoothAccuracy } from "./mastery";

export type ProgressEvent =
  | {
      kind: "answer";
      questionId: string;
      programmeId: string;
      score: number;
      answeredAt: Date;
    }
  | { kind: "review"; at: Date; delta: 1 | -1 };

export type DayTotals = { answers: number; scoreSum: number; reviews: number };
export type ProgrammeDayTotals = { answers: number; scoreSum: number };
export type QuestionTotals = {
  programmeId: string;
  answers: number;
  scoreSum: number;
  weighted: number;
  lastAnsweredAt: Date;
};

/** Keyed by day; by programme then day; by question. Only the keys present are known. */
export type Rollups = {
  daily: Map<string, DayTotals>;
  programmeDays: Map<string, Map<string, ProgrammeDayTotals>>;
  questions: Map<string, QuestionTotals>;
};

export function emptyRollups(): Rollups {
  return { daily: new Map(), programmeDays: new Map(), questions: new Map() };
}

/**
 * Applies `events`, in order, to `start` (changed in place and returned). The writer passes
 * the stored rows for the keys its events touch; a key it does not pass is taken as empty.
 */
export function foldProgress(
  start: Rollups,
  events: readonly ProgressEvent[],
  timeZone: string,
): Rollups {
  const { daily, programmeDays, questions } = start;
  for (const event of events) {
    if (event.kind === "review") {
      const day = localDay(event.at, timeZone);
      const totals = daily.get(day) ?? { answers: 0, scoreSum: 0, reviews: 0 };
      totals.reviews = Math.max(0, totals.reviews + event.delta);
      // A day whose only review was undone has no activity: it has no row, as in a rebuild.
      if (totals.answers === 0 && totals.reviews === 0) daily.delete(day);
      else daily.set(day, totals);
      continue;
    }
    const day = localDay(event.answeredAt, timeZone);
    const totals = daily.get(day) ?? { answers: 0, scoreSum: 0, reviews: 0 };
    totals.answers += 1;
    totals.scoreSum += event.score;
    daily.set(day, totals);

    const days = programmeDays.get(event.programmeId) ?? new Map<string, ProgrammeDayTotals>();
    const programme = days.get(day) ?? { answers: 0, scoreSum: 0 };
    programme.answers += 1;
    programme.scoreSum += event.score;
    days.set(day, programme);
    programmeDays.set(event.programmeId, days);

    const previous = questions.get(event.questionId);
    questions.set(event.questionId, {
      programmeId: previous?.programmeId ?? event.programmeId,
      answers: (previous?.answers ?? 0) + 1,
      scoreSum: (previous?.scoreSum ?? 0) + event.score,
      weighted: smoothAccuracy(previous?.weighted ?? null, event.score),
      lastAnsweredAt:
        previous && previous.lastAnsweredAt > event.answeredAt
          ? previous.lastAnsweredAt
          : event.answeredAt,
    });
  }
  return start;
}
