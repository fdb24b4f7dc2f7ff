import "server-only";
import {
  getAssignmentStatus,
  type AttemptRecord,
  type LearnerAssignmentState,
} from "@/lib/domain/classes/assignment-status";
import { db } from "@/lib/server/db";
import { finalizeIfExpired, isPastDeadline } from "@/lib/server/quiz/finalize-attempt";
import { cardsInContent } from "./set-summary";

export type AssignmentForProgress = {
  id: string;
  opensAt: Date;
  dueAt: Date;
  attemptsAllowed: number | null;
  lateCounts: boolean;
  set: { kind: "QUIZ" | "FLASHCARDS"; cardIds: string[] };
};

export type AssignmentAttempt = {
  id: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  correctCount: number | null;
  questions: number;
  /** Submitted after the due instant. */
  late: boolean;
  /** Counts towards the grade (on time, or late when late work counts). */
  counted: boolean;
};

export type LearnerProgress = LearnerAssignmentState & {
  /** Oldest first. */
  attempts: AssignmentAttempt[];
  inProgressAttemptId: string | null;
  /** Quiz sets: submitted attempts' submittedAt - startedAt; flashcard sets: review durations. */
  timeSpentSeconds: number;
  lastSubmittedAt: Date | null;
  /** Flashcard sets: cards reviewed at least once since the assignment opened. */
  cards: { total: number; reviewed: number } | null;
};

const attemptSelect = {
  id: true,
  userId: true,
  assignmentId: true,
  status: true,
  startedAt: true,
  submittedAt: true,
  deadlineAt: true,
  score: true,
  correctCount: true,
  questionIds: true,
} as const;

/**
 * Each learner's standing on each assignment, in a fixed number of queries (one for quiz
 * attempts, one per flashcard assignment). Timed attempts whose deadline has passed are
 * submitted first, as reading a quiz's results does, so nobody stays "in progress" forever.
 * Returns a lookup by (assignment, learner).
 */
/**
 * Per flashcard assignment: its set's card ids still in the content, then the ids of the cards
 * written into it.
 */
async function loadFlashcardIds(
  assignments: readonly AssignmentForProgress[],
): Promise<Map<string, string[]>> {
  const ids = assignments.filter((a) => a.set.kind === "FLASHCARDS").map((a) => a.id);
  const written = ids.length
    ? await db.customCard.findMany({
        where: { set: { assignments: { some: { id: { in: ids } } } } },
        orderBy: { position: "asc" },
        select: {
          id: true,
          set: { select: { assignments: { where: { id: { in: ids } }, select: { id: true } } } },
        },
      })
    : [];
  const result = new Map<string, string[]>();
  for (const a of assignments)
    // As studied (study-assignment.ts) and counted (countSetItems): cards still in the content.
    if (a.set.kind === "FLASHCARDS") result.set(a.id, cardsInContent(a.set.cardIds));
  for (const card of written)
    for (const { id } of card.set.assignments) result.get(id)?.push(`custom:${card.id}`);
  return result;
}

export async function loadAssignmentProgress(
  assignments: readonly AssignmentForProgress[],
  userIds: readonly string[],
  now: Date,
): Promise<(assignmentId: string, userId: string) => LearnerProgress> {
  const quizIds = assignments.filter((a) => a.set.kind === "QUIZ").map((a) => a.id);
  const where = { assignmentId: { in: quizIds }, userId: { in: [...userIds] } };
  let attempts =
    quizIds.length && userIds.length
      ? await db.quizAttempt.findMany({
          where,
          select: attemptSelect,
          orderBy: [{ startedAt: "asc" }, { id: "asc" }],
        })
      : [];
  const expired = attempts.filter(
    (a) => a.status === "IN_PROGRESS" && isPastDeadline(a.deadlineAt, now),
  );
  if (expired.length) {
    for (const attempt of expired) await finalizeIfExpired(attempt, now);
    attempts = await db.quizAttempt.findMany({
      where,
      select: attemptSelect,
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    });
  }
  const attemptsBy = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const key = `${a.assignmentId}:${a.userId}`;
    attemptsBy.set(key, [...(attemptsBy.get(key) ?? []), a]);
  }

  // Flashcards: the set's cards and those its instructor wrote into it (studied as
  // `custom:<row id>`, see get-study-session.ts), then per learner and card, the first review
  // since the assignment opened.
  const cardIdsOf = await loadFlashcardIds(assignments);
  const reviewsBy = new Map<string, { firstReview: Date; durationMs: number }[]>();
  for (const a of assignments) {
    const cardIds = cardIdsOf.get(a.id) ?? [];
    if (a.set.kind !== "FLASHCARDS" || !userIds.length || !cardIds.length) continue;
    const groups = await db.reviewLog.groupBy({
      by: ["userId", "cardId"],
      where: {
        userId: { in: [...userIds] },
        cardId: { in: cardIds },
        review: { gte: a.opensAt },
      },
      _min: { review: true },
      _sum: { durationMs: true },
    });
    for (const g of groups) {
      const key = `${a.id}:${g.userId}`;
      reviewsBy.set(key, [
        ...(reviewsBy.get(key) ?? []),
        { firstReview: g._min.review!, durationMs: g._sum.durationMs ?? 0 },
      ]);
    }
  }

  const byId = new Map(assignments.map((a) => [a.id, a]));
  return (assignmentId, userId) => {
    const assignment = byId.get(assignmentId);
    if (!assignment) throw new Error(`Assignment ${assignmentId} was not loaded`);
    const key = `${assignmentId}:${userId}`;
    if (assignment.set.kind === "FLASHCARDS")
      return flashcardProgress(
        assignment,
        cardIdsOf.get(assignmentId)?.length ?? 0,
        reviewsBy.get(key) ?? [],
        now,
      );

    const rows = attemptsBy.get(key) ?? [];
    const records: AttemptRecord[] = rows.map((r) => ({
      startedAt: r.startedAt,
      submittedAt: r.status === "SUBMITTED" ? r.submittedAt : null,
      score: r.score,
    }));
    const state = getAssignmentStatus(assignment, records, now);
    const submitted = rows.filter((r) => r.status === "SUBMITTED" && r.submittedAt);
    return {
      ...state,
      attempts: rows.map((r) => {
        const late =
          r.status === "SUBMITTED" && r.submittedAt !== null && r.submittedAt > assignment.dueAt;
        return {
          id: r.id,
          status: r.status,
          startedAt: r.startedAt,
          submittedAt: r.submittedAt,
          score: r.score,
          correctCount: r.correctCount,
          questions: r.questionIds.length,
          late,
          counted: r.status === "SUBMITTED" && (!late || assignment.lateCounts),
        };
      }),
      inProgressAttemptId: rows.find((r) => r.status === "IN_PROGRESS")?.id ?? null,
      timeSpentSeconds: Math.round(
        submitted.reduce((s, r) => s + (r.submittedAt!.getTime() - r.startedAt.getTime()), 0) /
          1000,
      ),
      lastSubmittedAt: submitted.length
        ? new Date(Math.max(...submitted.map((r) => r.submittedAt!.getTime())))
        : null,
      cards: null,
    };
  };
}

/**
 * A flashcard assignment is done once every card of the set has been reviewed at least once
 * since it opened (through the normal flashcard study); done at the first review of the card
 * reviewed last. There are no attempts and no score.
 */
function flashcardProgress(
  assignment: AssignmentForProgress,
  total: number,
  reviews: { firstReview: Date; durationMs: number }[],
  now: Date,
): LearnerProgress {
  const complete = total > 0 && reviews.length >= total;
  const times = reviews.map((r) => r.firstReview.getTime());
  const records: AttemptRecord[] = complete
    ? [
        {
          startedAt: new Date(Math.min(...times)),
          submittedAt: new Date(Math.max(...times)),
          score: null,
        },
      ]
    : [];
  const state = getAssignmentStatus({ ...assignment, attemptsAllowed: null }, records, now);
  return {
    ...state,
    attemptsUsed: 0,
    inProgress: !complete && reviews.length > 0,
    bestScore: null,
    lastScore: null,
    countedAttempts: 0,
    attempts: [],
    inProgressAttemptId: null,
    timeSpentSeconds: Math.round(reviews.reduce((s, r) => s + r.durationMs, 0) / 1000),
    lastSubmittedAt: complete ? records[0]!.submittedAt : null,
    cards: { total, reviewed: reviews.length },
  };
}
