import "server-only";
import {
  computeItemAnalysis,
  mostCommonWrongAnswers,
  type LearnerItemScores,
  type WrongAnswerCount,
} from "@/lib/domain/classes/item-analysis";
import { describeQuestionText, describeResponseText } from "@/lib/domain/classes/response-text";
import type { Question, QuestionKind } from "@/lib/domain/questions/types";
import { db } from "@/lib/server/db";
import { finalizeIfExpired, isPastDeadline } from "@/lib/server/quiz/finalize-attempt";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { ASSIGNMENT_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { storedAnswer, storedQuestions } from "@/lib/server/quiz/stored-json";

export type ItemAnalysisRow = {
  questionId: string;
  /** Position in the set (fixed sets), else in order of first appearance; from 1. */
  number: number;
  kind: QuestionKind;
  text: string;
  /** Learners whose analysed attempt had this question. */
  count: number;
  correctCount: number;
  /** Mean score 0..1 (share correct, with partial credit). */
  facility: number;
  /** Correlation with the rest of the quiz, -1..1; null when undefined. */
  discrimination: number | null;
  /** Up to three, with how many learners gave each; "(no answer)" for blanks. */
  wrongAnswers: WrongAnswerCount[];
};

export type ItemAnalysis = {
  assignmentId: string;
  setName: string;
  /** Which attempt of each learner is analysed. */
  attemptPolicy: "first-submitted";
  learners: number;
  items: ItemAnalysisRow[];
};

/**
 * Moodle-style item analysis of a quiz assignment over each current member's FIRST submitted
 * attempt (Moodle's default: later attempts have seen the feedback of the first). Late first
 * attempts are included: this is about the questions, not the grades.
 */
export async function getItemAnalysis(
  caller: Caller,
  assignmentId: string,
  now = new Date(),
): Promise<ServiceResult<ItemAnalysis>> {
  if (!isInstructor(caller)) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId: caller.id } },
    select: {
      id: true,
      classId: true,
      set: { select: { name: true, kind: true, questionIds: true } },
    },
  });
  if (!assignment) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  if (assignment.set.kind !== "QUIZ")
    return fail("conflict", "Item analysis is for quiz assignments; this one is a flashcard set.");

  const members = { user: { memberships: { some: { classId: assignment.classId } } } };
  const expired = await db.quizAttempt.findMany({
    where: { assignmentId, status: "IN_PROGRESS", deadlineAt: { not: null }, ...members },
    select: { id: true, status: true, deadlineAt: true },
  });
  for (const attempt of expired)
    if (isPastDeadline(attempt.deadlineAt, now)) await finalizeIfExpired(attempt, now);

  const attempts = await db.quizAttempt.findMany({
    where: { assignmentId, status: "SUBMITTED", ...members },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      userId: true,
      questions: true,
      responses: { select: { id: true, position: true, answer: true, score: true, correct: true } },
    },
  });
  const first = new Map<string, (typeof attempts)[number]>();
  for (const a of attempts) if (!first.has(a.userId)) first.set(a.userId, a);

  const rows: LearnerItemScores[] = [];
  const snapshot = new Map<string, Question>();
  const wrong = new Map<string, string[]>();
  for (const attempt of first.values()) {
    const questions = storedQuestions(attempt);
    const responses = new Map(attempt.responses.map((r) => [r.position, r]));
    const scores = new Map<string, number>();
    questions.forEach((question, position) => {
      if (!snapshot.has(question.id)) snapshot.set(question.id, question);
      const r = responses.get(position);
      // Unanswered scores 0, as it does in the attempt's own score.
      scores.set(question.id, r?.score ?? 0);
      if (!r?.correct) {
        const text = describeResponseText(question, r ? storedAnswer(r) : null);
        wrong.set(question.id, [...(wrong.get(question.id) ?? []), text]);
      }
    });
    rows.push({ learnerId: attempt.userId, scores });
  }

  const stats = computeItemAnalysis(rows);
  // Fixed sets keep the set's order; drawn-per-learner questions follow first appearance.
  const setOrder = new Map(assignment.set.questionIds.map((id, i) => [id, i]));
  const rank = (id: string) => setOrder.get(id) ?? setOrder.size;
  stats.sort((a, b) => rank(a.questionId) - rank(b.questionId));
  return ok({
    assignmentId,
    setName: assignment.set.name,
    attemptPolicy: "first-submitted",
    learners: rows.length,
    items: stats.map((s, i) => {
      const question = snapshot.get(s.questionId)!;
      return {
        ...s,
        number: i + 1,
        kind: question.kind,
        text: describeQuestionText(question),
        wrongAnswers: mostCommonWrongAnswers(wrong.get(s.questionId) ?? []),
      };
    }),
  });
}
