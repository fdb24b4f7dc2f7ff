import "server-only";
import type { Question } from "@/lib/domain/questions/types";
import type { QuestionFeedback } from "@/lib/domain/quiz/player-view";
import type { GradeResult } from "@/lib/domain/questions/types";

export function toFeedback(
  question: Question,
  grade: Pick<GradeResult, "score" | "correct" | "detail">,
): QuestionFeedback {
  return { score: grade.score, correct: grade.correct, detail: grade.detail, question };
}
