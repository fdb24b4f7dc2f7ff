import "server-only";
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import { db } from "@/lib/server/db";

type Row = Record<string, string | number | boolean | null>;
export type MyData = {
  exportedAt: string;
  profile: Row;
  quizAttempts: Row[];
  quizResponses: Row[];
  cardStates: Row[];
  reviewLogs: Row[];
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Everything the app stores about the learner, as plain rows (no password hash, no answer keys).
 */
export async function exportMyData(userId: string, now = new Date()): Promise<MyData> {
  const [user, attempts, responses, cardStates, reviewLogs] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        email: true,
        name: true,
        role: true,
        timeZone: true,
        newCardsPerDay: true,
        maxReviewsPerDay: true,
        desiredRetention: true,
        createdAt: true,
      },
    }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: { startedAt: "asc" },
      omit: { questions: true },
    }),
    db.quizResponse.findMany({
      where: { userId },
      orderBy: [{ answeredAt: "asc" }, { position: "asc" }],
    }),
    db.cardState.findMany({ where: { userId }, orderBy: { cardId: "asc" } }),
    db.reviewLog.findMany({
      where: { userId },
      orderBy: { review: "asc" },
      omit: { previousState: true, requestId: true },
    }),
  ]);
  return {
    exportedAt: now.toISOString(),
    profile: { ...user, createdAt: iso(user.createdAt) },
    quizAttempts: attempts.map((a) => ({
      id: a.id,
      mode: a.mode,
      status: a.status,
      startedAt: iso(a.startedAt),
      submittedAt: iso(a.submittedAt),
      deadlineAt: iso(a.deadlineAt),
      timeLimitSeconds: a.timeLimitSeconds,
      questionCount: a.questionIds.length,
      questionIds: a.questionIds.join(" "),
      score: a.score,
      correctCount: a.correctCount,
      retryOfId: a.retryOfId,
      contentVersion: a.contentVersion,
      settings: JSON.stringify(a.settings),
    })),
    quizResponses: responses.map((r) => ({
      id: r.id,
      attemptId: r.attemptId,
      position: r.position,
      questionId: r.questionId,
      programmeId: r.programmeId,
      kind: r.kind,
      answer: JSON.stringify(r.answer),
      score: r.score,
      correct: r.correct,
      answeredAt: iso(r.answeredAt),
    })),
    cardStates: cardStates.map((c) => ({
      cardId: c.cardId,
      deckId: c.deckId,
      state: c.state,
      due: iso(c.due),
      stability: c.stability,
      difficulty: c.difficulty,
      elapsedDays: c.elapsedDays,
      scheduledDays: c.scheduledDays,
      learningSteps: c.learningSteps,
      reps: c.reps,
      lapses: c.lapses,
      lastReview: iso(c.lastReview),
    })),
    reviewLogs: reviewLogs.map((l) => ({
      id: l.id,
      cardId: l.cardId,
      deckId: l.deckId,
      rating: l.rating,
      state: l.state,
      due: iso(l.due),
      stability: l.stability,
      difficulty: l.difficulty,
      elapsedDays: l.elapsedDays,
      lastElapsedDays: l.lastElapsedDays,
      scheduledDays: l.scheduledDays,
      learningSteps: l.learningSteps,
      review: iso(l.review),
      durationMs: l.durationMs,
    })),
  };
}

export const CSV_FILES = {
  "profile.csv": "profile",
  "quiz-attempts.csv": "quizAttempts",
  "quiz-responses.csv": "quizResponses",
  "card-states.csv": "cardStates",
  "review-logs.csv": "reviewLogs",
} as const;

/**
 * One CSV per table (RFC 4180, header row), zipped. Booleans are written `true` / `false`
 * (csv-stringify's default writes false as a blank cell, which reads back as "no value");
 * a blank cell is a null.
 */
export function toCsvZip(data: MyData): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [file, key] of Object.entries(CSV_FILES)) {
    const rows = key === "profile" ? [data.profile] : data[key];
    files[file] = strToU8(
      stringify(rows, {
        header: true,
        columns: rows[0] ? Object.keys(rows[0]) : ["none"],
        cast: { boolean: (value) => (value ? "true" : "false") },
      }),
    );
  }
  return zipSync(files);
}
