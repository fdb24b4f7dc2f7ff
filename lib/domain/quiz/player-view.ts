/**
 * What the quiz player receives from the server. Before a question is answered it gets only
 * the PublicQuestion (no key, no explanation); in practice mode an answered question comes
 * with its feedback, which carries the full question (the key is earned by then).
 */
import type { GradeResult, PublicQuestion, Question, Response } from "@/lib/domain/questions/types";

export type QuizMode = "practice" | "exam";

export type QuestionFeedback = {
  score: number;
  correct: boolean;
  detail: GradeResult["detail"];
  /** The question with its answer key, explanation and sources. */
  question: Question;
};

export type PlayerResponse = {
  position: number;
  response: Response;
  /** Practice mode only. */
  feedback?: QuestionFeedback;
};

export type QuizPlayerView = {
  attemptId: string;
  mode: QuizMode;
  questions: PublicQuestion[];
  responses: PlayerResponse[];
  currentPosition: number;
  flaggedPositions: number[];
  /**
   * Positions of the questions the learner's instructor wrote (or imported), for the "Written
   * by your instructor" mark. Read from the stored ids before they are masked; it says who
   * wrote a question, nothing about its answer.
   */
  customPositions: number[];
  /** ISO time; null when untimed. */
  deadlineAt: string | null;
  /** The server's clock when the view was made, so the timer can correct the browser's. */
  serverNow: string;
  title: string;
};

export type SaveResponseResult = {
  position: number;
  /**
   * When the server held this answer (ISO, the server's clock, comparable with a view's
   * `serverNow`): a copy of the page made before it does not know the answer
   * (components/quiz/saved-answers.ts).
   */
  savedAt: string;
  feedback?: QuestionFeedback;
  /**
   * Practice: the question had already been answered (in another tab or window) with a
   * different answer. The one sent is not saved; this is the stored one, which stays final, and
   * `feedback` is its verdict.
   */
  answeredElsewhere?: { response: Response };
};

/** Where the learner is and what they flagged, as the server stored it (PATCH of an attempt). */
export type AttemptPlace = {
  currentPosition: number;
  flaggedPositions: number[];
  /** When the server stored it (ISO, the server's clock), as SaveResponseResult's. */
  savedAt: string;
};
