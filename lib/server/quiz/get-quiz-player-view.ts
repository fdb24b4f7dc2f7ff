import "server-only";
import { isCustomQuestionId } from "@/lib/domain/interop/custom-question";
import { gradeResponse } from "@/lib/domain/questions/grade";
import { toPublicQuestion } from "@/lib/domain/questions/present";
import { maskQuestion, maskResponse } from "@/lib/domain/quiz/attempt-ids";
import { nameAttempt } from "@/lib/domain/quiz/name-attempt";
import type { QuizPlayerView } from "@/lib/domain/quiz/player-view";
import { db } from "@/lib/server/db";
import { attemptCoverage, coverageSelect } from "./attempt-coverage";
import { attemptIdMask } from "./attempt-ids";
import { finalizeIfExpired } from "./finalize-attempt";
import { toFeedback } from "./to-feedback";
import { storedAnswer, storedQuestions } from "./stored-json";

export type PlayerViewResult =
  { status: "not-found" } | { status: "submitted" } | { status: "playing"; view: QuizPlayerView };

/**
 * The attempt as the player needs it: public questions only, the learner's saved answers
 * and, in practice mode, the feedback for those already answered. Every id in it is masked
 * for this attempt and position (attempt-ids.ts), so no stored id reaches the browser. A timed
 * attempt whose time ran out is submitted here, so the server, not the browser, enforces the limit.
 * Its title is the attempt's name, as on /quizzes and the results page (name-attempt.ts).
 */
export async function getQuizPlayerView(
  userId: string,
  attemptId: string,
  now = new Date(),
): Promise<PlayerViewResult> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    include: {
      responses: { orderBy: { position: "asc" } },
      assignment: coverageSelect.assignment,
      user: { select: { timeZone: true } },
    },
  });
  if (!attempt) return { status: "not-found" };
  if (attempt.status === "SUBMITTED" || (await finalizeIfExpired(attempt, now)))
    return { status: "submitted" };

  const stored = storedQuestions(attempt);
  // Before masking: the stored id is what says a question is the instructor's own.
  const customPositions = stored.flatMap((q, position) =>
    isCustomQuestionId(q.id) ? [position] : [],
  );
  // The questions as this attempt shows them: ids masked per attempt and position.
  const questions = stored.map((q, position) =>
    maskQuestion(q, attemptIdMask(attempt.id, position)),
  );
  const practice = attempt.mode === "PRACTICE";
  return {
    status: "playing",
    view: {
      attemptId: attempt.id,
      mode: practice ? "practice" : "exam",
      questions: questions.map(toPublicQuestion),
      responses: attempt.responses.map((r) => {
        const response = maskResponse(storedAnswer(r), attemptIdMask(attempt.id, r.position));
        const question = questions[r.position]!;
        return practice
          ? {
              position: r.position,
              response,
              feedback: toFeedback(question, gradeResponse(question, response)),
            }
          : { position: r.position, response };
      }),
      currentPosition: Math.min(attempt.currentPosition, questions.length - 1),
      flaggedPositions: attempt.flaggedPositions,
      customPositions,
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      serverNow: now.toISOString(),
      title: nameAttempt(attemptCoverage(attempt), attempt.startedAt, attempt.user.timeZone, now),
    },
  };
}
