import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { presentQuestion } from "@/lib/domain/questions/present";
import type { Question } from "@/lib/domain/questions/types";
import { DEFAULT_MAX_RECALL_SHARE, drawQuiz, filterQuestions } from "@/lib/domain/quiz/draw-quiz";
import { harderPool } from "@/lib/domain/quiz/facility";
import { createRng, shuffle } from "@/lib/domain/random";
import { startQuizSchema, type QuizSettings } from "@/lib/schemas/quiz";
import { getContentCatalog, getQuestionBank } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { getFacilityCounts } from "./get-facility-counts";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { toJsonColumn } from "@/lib/server/json-column";
import { storedSettings } from "./stored-json";

export type StartedQuiz = { attemptId: string; questions: number; requested: number };

/** Presents each question with a seed of its own, derived from the attempt's. */
// Exported for assignment attempts (lib/server/classes/start-assignment-attempt.ts).
export function present(questions: readonly Question[], seed: string): Question[] {
  return questions.map((q) => presentQuestion(q, `${seed}:${q.id}`));
}

// Exported for assignment attempts (lib/server/classes/start-assignment-attempt.ts), which
// pass their assignment id and create the attempt inside their own locked transaction (`client`).
export async function createAttempt(
  userId: string,
  settings: QuizSettings,
  questions: Question[],
  options: { seed: string; now: Date; retryOfId?: string; assignmentId?: string },
  client: Prisma.TransactionClient = db,
) {
  const { pack, sourceOnlyVersion } = getContentCatalog();
  const timeLimitSeconds =
    settings.mode === "exam" && settings.timeLimitMinutes ? settings.timeLimitMinutes * 60 : null;
  return client.quizAttempt.create({
    data: {
      userId,
      mode: settings.mode === "exam" ? "EXAM" : "PRACTICE",
      seed: options.seed,
      // Ids are stable within one content version; a source-only quiz comes from its own pack.
      contentVersion: settings.sourceOnly ? sourceOnlyVersion : pack.version,
      settings: toJsonColumn(settings),
      questionIds: questions.map((q) => q.id),
      questions: toJsonColumn(questions),
      timeLimitSeconds,
      startedAt: options.now,
      deadlineAt: timeLimitSeconds
        ? new Date(options.now.getTime() + timeLimitSeconds * 1000)
        : null,
      retryOfId: options.retryOfId,
      assignmentId: options.assignmentId, // assignment attempts only
    },
    select: { id: true },
  });
}

/** Draws a quiz on the server with a recorded seed and stores it, fixed, as an attempt. */
export async function startQuiz(
  userId: string,
  input: unknown,
  options: { now?: Date; seed?: string } = {},
): Promise<ServiceResult<StartedQuiz>> {
  const parsed = startQuizSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the quiz options.", parsed.error.flatten().fieldErrors);
  // Weak questions may come from any scope: they are looked up in the whole bank.
  const settings = parsed.data.weakQuestions ? { ...parsed.data, sourceOnly: false } : parsed.data;
  const { index } = getContentCatalog();
  const { bank, questionById } = getQuestionBank(settings.sourceOnly);
  const unknown = settings.programmeIds.filter((id) => !index.programmeById.has(id));
  if (unknown.length)
    return fail("invalid", "Please check the quiz options.", {
      programmeIds: [`Unknown programme: ${unknown.join(", ")}`],
    });

  const seed = options.seed ?? randomBytes(12).toString("base64url");
  const chosen = settings.weakQuestions
    ? (await listWeakQuestionIds(userId)).filter((id) => questionById.has(id))
    : undefined;
  if (chosen?.length === 0)
    return fail("invalid", "Answer some questions first: there are no weak ones to practise.");
  const ids = chosen
    ? shuffle(chosen, createRng(`draw:${seed}`))
    : await drawFromBank(bank, settings, seed, await answeredBefore(userId));
  if (ids.length === 0) {
    return fail(
      "invalid",
      "No questions match these choices. Pick more programmes or question types.",
    );
  }
  const questions = present(
    ids.map((id) => questionById.get(id)!),
    seed,
  );
  const attempt = await createAttempt(userId, settings, questions, {
    seed,
    now: options.now ?? new Date(),
  });
  return ok({ attemptId: attempt.id, questions: ids.length, requested: settings.count });
}

/**
 * The draw's filter: the settings, and for a practice quiz with no level chosen, at most half
 * its questions at recall (DEFAULT_MAX_RECALL_SHARE).
 */
function drawFilter(settings: QuizSettings) {
  const capped = settings.mode === "practice" && settings.levels.length === 0;
  return { ...settings, maxRecallShare: capped ? DEFAULT_MAX_RECALL_SHARE : undefined };
}

/**
 * The ordinary draw; with "harder questions", from the hardest of the matching questions
 * (their facility counters are read for the candidates only: one row per question).
 */
async function drawFromBank(
  bank: readonly Question[],
  settings: QuizSettings,
  seed: string,
  seen: ReadonlyMap<string, number>,
) {
  const filter = drawFilter(settings);
  if (!settings.harder) return drawQuiz(bank, filter, settings.count, seed, { seen });
  const candidates = filterQuestions(bank, filter);
  const counts = await getFacilityCounts(candidates.map((q) => q.id));
  const pool = harderPool(candidates, counts, settings.count);
  return drawQuiz(pool, filter, settings.count, seed, { seen });
}

/**
 * When the learner last answered each question they have answered (a practice answer, or an
 * exam's once submitted), so that the draw asks fresh questions first (draw-quiz.ts). One row
 * a question answered, at most the bank's size.
 */
async function answeredBefore(userId: string): Promise<Map<string, number>> {
  const rows = await db.questionStat.findMany({
    where: { userId },
    select: { questionId: true, lastAnsweredAt: true },
  });
  return new Map(rows.map((r) => [r.questionId, r.lastAnsweredAt.getTime()]));
}

/** As many as the progress page lists under "Weakest questions". */
const WEAK_QUESTIONS = 5;

/**
 * The learner's weakest questions, from their final answers only (a practice answer, or an
 * exam's once submitted), so an attempt still under way never lends its questions to a quiz.
 */
async function listWeakQuestionIds(userId: string): Promise<string[]> {
  const rows = await db.questionStat.findMany({
    where: { userId, weighted: { lt: 0.999 } },
    orderBy: [{ weighted: "asc" }, { answers: "desc" }],
    take: WEAK_QUESTIONS,
    select: { questionId: true },
  });
  return rows.map((r) => r.questionId);
}

/**
 * "Retry the ones I missed": a new practice attempt with the questions of a submitted
 * attempt that were wrong, partly right or unanswered, in a new shuffle.
 */
export async function startRetryOfMissed(
  userId: string,
  attemptId: string,
  options: { now?: Date; seed?: string } = {},
): Promise<ServiceResult<StartedQuiz>> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      status: true,
      questionIds: true,
      settings: true,
      responses: { select: { position: true, correct: true } },
    },
  });
  if (!attempt) return fail("not_found", "Quiz not found.");
  if (attempt.status !== "SUBMITTED")
    return fail("conflict", "Finish this quiz before retrying the questions you missed.");
  const correct = new Set(attempt.responses.filter((r) => r.correct).map((r) => r.position));
  const missedIds = attempt.questionIds.filter((_, position) => !correct.has(position));
  if (missedIds.length === 0)
    return fail("invalid", "You answered every question correctly: there is nothing to retry.");

  const previous = storedSettings(attempt);
  const { questionById } = getQuestionBank(previous.sourceOnly);
  // A question removed from the content since cannot be asked again.
  const available = missedIds
    .map((id) => questionById.get(id))
    .filter((q): q is Question => Boolean(q));
  if (available.length === 0)
    return fail("conflict", "The questions you missed are no longer in the content.");
  const seed = options.seed ?? randomBytes(12).toString("base64url");
  const settings: QuizSettings = {
    ...previous,
    mode: "practice",
    timeLimitMinutes: null,
    count: available.length,
  };
  const created = await createAttempt(userId, settings, present(available, seed), {
    seed,
    now: options.now ?? new Date(),
    retryOfId: attempt.id,
  });
  return ok({ attemptId: created.id, questions: available.length, requested: missedIds.length });
}
