import "server-only";
import { describeResponseText } from "@/lib/domain/classes/response-text";
import { gradeResponse } from "@/lib/domain/questions/grade";
import type { GradeResult, Question, Response } from "@/lib/domain/questions/types";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { learnerIdentities } from "@/lib/domain/classes/deleted-learners";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { ASSIGNMENT_NOT_FOUND, LEARNER_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { loadAssignmentProgress, type LearnerProgress } from "./load-assignment-progress";
import { storedAnswer, storedQuestions } from "@/lib/server/quiz/stored-json";

export type WorkItem = {
  position: number;
  /** As the learner saw it (their option order), answer key included. */
  question: Question;
  response: Response | null;
  answerText: string;
  score: number | null;
  correct: boolean;
  detail: GradeResult["detail"] | null;
};

export type LearnerAttemptWork = LearnerProgress["attempts"][number] & { items: WorkItem[] };

export type LearnerAssignmentWork = {
  /** Email null and name "Deleted learner N" once the learner deleted the account. */
  learner: { userId: string; name: string; email: string | null };
  status: LearnerProgress["status"];
  bestScore: number | null;
  lastScore: number | null;
  attempts: LearnerAttemptWork[];
  /** Flashcard sets: each card with the learner's reviews since the assignment opened. */
  cards: { cardId: string; front: string; reviews: { rating: number; review: Date }[] }[] | null;
};

/** One member's attempts and answers on one of the caller's assignments (instructor view). */
export async function getLearnerAssignmentWork(
  caller: Caller,
  assignmentId: string,
  learnerId: string,
  now = new Date(),
): Promise<ServiceResult<LearnerAssignmentWork>> {
  if (!isInstructor(caller)) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId: caller.id } },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      attemptsAllowed: true,
      lateCounts: true,
      set: { select: { kind: true, cardIds: true } },
      class: {
        select: {
          // Every member: a deleted learner's number depends on the class's others.
          members: {
            select: {
              userId: true,
              user: { select: { name: true, email: true, deletedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!assignment) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  const identity = learnerIdentities(
    assignment.class.members.map((m) => ({ userId: m.userId, ...m.user })),
  ).get(learnerId);
  if (!identity) return fail("not_found", LEARNER_NOT_FOUND);

  const progress = (await loadAssignmentProgress([assignment], [learnerId], now))(
    assignment.id,
    learnerId,
  );
  const learner = { userId: learnerId, name: identity.name, email: identity.email };
  const common = {
    learner,
    status: progress.status,
    bestScore: progress.bestScore,
    lastScore: progress.lastScore,
  };

  if (assignment.set.kind === "FLASHCARDS") {
    const { flashcardById } = getContentCatalog();
    const logs = await db.reviewLog.findMany({
      where: {
        userId: learnerId,
        cardId: { in: assignment.set.cardIds },
        review: { gte: assignment.opensAt },
      },
      orderBy: { review: "asc" },
      select: { cardId: true, rating: true, review: true },
    });
    const cards = assignment.set.cardIds.map((cardId) => ({
      cardId,
      front: flashcardById.get(cardId)?.front ?? "(a card no longer in the content)",
      reviews: logs
        .filter((l) => l.cardId === cardId)
        .map((l) => ({ rating: l.rating, review: l.review })),
    }));
    return ok({ ...common, attempts: [], cards });
  }

  const rows = await db.quizAttempt.findMany({
    where: { assignmentId, userId: learnerId },
    select: {
      id: true,
      questions: true,
      responses: { select: { id: true, position: true, answer: true, score: true, correct: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const attempts = progress.attempts.map((attempt): LearnerAttemptWork => {
    const row = byId.get(attempt.id)!;
    const responses = new Map(row.responses.map((r) => [r.position, r]));
    const questions = storedQuestions(row);
    // An attempt under way shows nothing yet: its answers may still change.
    const items =
      attempt.status === "SUBMITTED"
        ? questions.map((question, position): WorkItem => {
            const r = responses.get(position);
            const response = r ? storedAnswer(r) : null;
            return {
              position,
              question,
              response,
              answerText: describeResponseText(question, response),
              score: r ? r.score : null,
              correct: r?.correct ?? false,
              detail: response ? gradeResponse(question, response).detail : null,
            };
          })
        : [];
    return { ...attempt, items };
  });
  return ok({ ...common, attempts, cards: null });
}
