import "server-only";
import { gradeResponse } from "@/lib/domain/questions/grade";
import { maskQuestion, maskResponse, unmaskResponse } from "@/lib/domain/quiz/attempt-ids";
import { checkResponseFits } from "@/lib/domain/quiz/check-response-fits";
import type { SaveResponseResult } from "@/lib/domain/quiz/player-view";
import { sameResponse } from "@/lib/domain/quiz/same-response";
import { progressProgrammeOf } from "@/lib/domain/quiz/summarize-attempt";
import { saveResponseSchema } from "@/lib/schemas/quiz";
import { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/server/ids";
import { sqlTransaction, type SqlRunner } from "@/lib/server/sql";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { countAnswers } from "@/lib/server/progress/record-progress";
import { attemptIdMask } from "./attempt-ids";
import { finalizeAttempt, isPastDeadline } from "./finalize-attempt";
import { toFeedback } from "./to-feedback";
import { storedAnswer, storedQuestion } from "./stored-json";
import { toJsonColumn } from "@/lib/server/json-column";

type LockedAttempt = {
  id: string;
  status: string;
  mode: string;
  deadlineAt: Date | null;
  /** The question at the saved position only (null past the end): one to parse, not 50. */
  question: unknown;
};

/**
 * Autosave of one answer, graded on the server. The attempt row is locked for the
 * transaction, so a save and a submission (or two saves) never interleave: an answer lands
 * before the submission counts it, or is refused after. Re-sending the same answer records
 * it once. Practice answers are final once given (their feedback has been shown: a different
 * one is not saved, and the reply says so with the stored answer); exam
 * answers may change until the attempt is submitted. The browser answers in this attempt's
 * masked ids (attempt-ids.ts); the answer is stored, and graded, in the stored ids, and the
 * feedback goes back masked.
 */
export async function saveQuizResponse(
  userId: string,
  attemptId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<SaveResponseResult>> {
  const parsed = saveResponseSchema.safeParse(input);
  if (!parsed.success)
    return fail(
      "invalid",
      "That answer is not in a form this quiz understands.",
      parsed.error.flatten().fieldErrors,
    );
  const { position } = parsed.data;

  // Hand-written SQL in a pg transaction: Prisma's client cost more CPU than PostgreSQL did
  // on the hottest write (lib/server/sql.ts).
  return sqlTransaction(async (tx) => {
    // Only the question asked is read and parsed (not the attempt's 50). The answer saved so
    // far is read after the lock, by its own statement: a join here would read it from the
    // snapshot taken before waiting for the lock, and miss a save that held it.
    const [attempt] = await tx.query<LockedAttempt>(Prisma.sql`
      SELECT id, status::text AS status, mode::text AS mode, "deadlineAt",
        questions -> ${position}::int AS question
      FROM "QuizAttempt" WHERE id = ${attemptId} AND "userId" = ${userId} FOR UPDATE`);
    if (!attempt) return fail("not_found", "Quiz not found.");
    if (attempt.status === "SUBMITTED")
      return fail("conflict", "This quiz has been submitted: its answers can no longer change.");
    if (isPastDeadline(attempt.deadlineAt, now)) {
      await finalizeAttempt(tx, attemptId, attempt.deadlineAt!);
      return fail(
        "conflict",
        "Time is up: the quiz was submitted with the answers saved before the limit.",
      );
    }
    if (attempt.question === null)
      return fail("invalid", "That question is not part of this quiz.");
    const question = storedQuestion(attempt, position);
    const mask = attemptIdMask(attemptId, position);
    const response = unmaskResponse(question, parsed.data.response, mask);
    // Feedback in the ids the browser knows (the key is earned once the answer is in).
    const feedback = () => {
      const shown = maskQuestion(question, mask);
      return toFeedback(shown, gradeResponse(shown, maskResponse(response, mask)));
    };
    const misfit = checkResponseFits(question, response);
    if (misfit) return fail("invalid", misfit);

    const practice = attempt.mode === "PRACTICE";
    const [existing] = await tx.query<{ id: string; answer: unknown }>(Prisma.sql`
      SELECT id, answer FROM "QuizResponse"
      WHERE "attemptId" = ${attemptId} AND position = ${position}`);
    if (existing && sameResponse(existing.answer, response)) {
      // A double click or a retry after a lost reply: already recorded.
      return ok({
        position,
        savedAt: now.toISOString(),
        feedback: practice ? feedback() : undefined,
      });
    }
    if (existing && practice) {
      // Another tab or window answered first, and a checked practice answer is final: this
      // one is not saved. The reply carries the stored answer and its verdict, so the page can
      // show what happened without a reload.
      const stored = storedAnswer(existing);
      const shown = maskQuestion(question, mask);
      const storedMasked = maskResponse(stored, mask);
      return ok({
        position,
        savedAt: now.toISOString(),
        feedback: toFeedback(shown, gradeResponse(shown, storedMasked)),
        answeredElsewhere: { response: storedMasked },
      });
    }

    const grade = gradeResponse(question, response);
    const row = {
      answer: toJsonColumn(response),
      score: grade.score,
      correct: grade.correct,
      answeredAt: now,
    };
    const programmeId = progressProgrammeOf(question);
    // The attempt's lock keeps `existing` true until the commit: no other save can add it.
    // Only an exam answer is ever changed (a practice one returned above).
    if (existing) await updateAnswer(tx, existing.id, row);
    const saved = existing ?? { id: newId() };
    if (!existing) {
      await tx.execute(Prisma.sql`
        INSERT INTO "QuizResponse" (id, "attemptId", "userId", "questionId", "programmeId",
          position, kind, answer, score, correct, "answeredAt", "updatedAt")
        VALUES (${saved.id}, ${attemptId}, ${userId}, ${question.id}, ${programmeId}, ${position},
          ${question.kind}, ${JSON.stringify(row.answer)}::jsonb, ${row.score}, ${row.correct},
          ${row.answeredAt}, now())`);
    }
    // A practice answer is final once given; exam answers count when the exam is submitted.
    if (practice) {
      await countAnswers(
        tx,
        userId,
        [
          {
            id: saved.id,
            questionId: question.id,
            programmeId,
            score: grade.score,
            answeredAt: now,
          },
        ],
        now,
      );
    }
    return ok({
      position,
      savedAt: now.toISOString(),
      feedback: practice ? feedback() : undefined,
    });
  });
}

type AnswerRow = {
  answer: ReturnType<typeof toJsonColumn>;
  score: number;
  correct: boolean;
  answeredAt: Date;
};

async function updateAnswer(tx: SqlRunner, id: string, row: AnswerRow) {
  await tx.execute(Prisma.sql`
    UPDATE "QuizResponse" SET answer = ${JSON.stringify(row.answer)}::jsonb, score = ${row.score},
      correct = ${row.correct}, "answeredAt" = ${row.answeredAt}, "updatedAt" = now()
    WHERE id = ${id}`);
}
