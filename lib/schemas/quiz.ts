// Input schemas for starting and playing quizzes (browser -> server; untrusted).
import { z } from "zod";
import { LEVELS, QUESTION_KINDS } from "@/lib/domain/questions/types";
import { ResponseSchema } from "@/lib/domain/questions/response-schema";

export const QUIZ_MIN_QUESTIONS = 5;
export const QUIZ_MAX_QUESTIONS = 50;
export const QUIZ_DEFAULT_QUESTIONS = 10;
export const QUIZ_MAX_MINUTES = 180;

const ProgrammeId = z.string().regex(/^[a-z0-9-]{1,64}$/, "Unknown programme.");

export const startQuizSchema = z
  .object({
    programmeIds: z.array(ProgrammeId).max(50).default([]),
    /**
     * "Practise these": the learner's weakest answered questions, which the server looks up
     * itself (it never takes question ids from the browser); the other filters are ignored.
     */
    weakQuestions: z.boolean().default(false),
    kinds: z
      .array(z.enum(QUESTION_KINDS, { error: "Unknown question type." }))
      .max(QUESTION_KINDS.length)
      .default([]),
    count: z.coerce
      .number({ error: "Choose how many questions." })
      .int("Choose a whole number of questions.")
      .min(QUIZ_MIN_QUESTIONS, `A quiz has at least ${QUIZ_MIN_QUESTIONS} questions.`)
      .max(QUIZ_MAX_QUESTIONS, `A quiz has at most ${QUIZ_MAX_QUESTIONS} questions.`)
      .default(QUIZ_DEFAULT_QUESTIONS),
    /**
     * The source document's facts only: the default scope. `false` is the opt-in "include NATO
     * background" (facts from NATO's own pages as well).
     */
    sourceOnly: z.boolean().default(true),
    /** Levels of thinking (recall ... misconception); empty means every level. */
    levels: z
      .array(z.enum(LEVELS, { error: "Unknown level." }))
      .max(LEVELS.length)
      .default([]),
    /**
     * "Harder questions": draw from the questions with the lowest facility (measured from
     * MIN_LEARNERS learners on, else the authored difficulty; lib/domain/quiz/facility.ts).
     */
    harder: z.boolean().default(false),
    mode: z.enum(["practice", "exam"], { error: "Choose practice or exam." }).default("practice"),
    /** Exam mode only; null or absent means untimed. */
    timeLimitMinutes: z
      .number()
      .int("Use whole minutes.")
      .min(1, "A time limit is at least 1 minute.")
      .max(QUIZ_MAX_MINUTES, `A time limit is at most ${QUIZ_MAX_MINUTES} minutes.`)
      .nullable()
      .default(null),
  })
  .refine((v) => v.mode === "exam" || v.timeLimitMinutes === null, {
    path: ["timeLimitMinutes"],
    message: "Only exams can be timed.",
  });
export type StartQuizInput = z.input<typeof startQuizSchema>;
export type QuizSettings = z.output<typeof startQuizSchema>;

const Position = z
  .number()
  .int()
  .min(0)
  .max(QUIZ_MAX_QUESTIONS - 1);

export const saveResponseSchema = z.strictObject({ position: Position, response: ResponseSchema });

export const updateAttemptSchema = z
  .strictObject({
    currentPosition: Position.optional(),
    flag: z.strictObject({ position: Position, flagged: z.boolean() }).optional(),
  })
  .refine((v) => v.currentPosition !== undefined || v.flag !== undefined, "Nothing to update.");

/** "Discard this unfinished quiz": the attempt named in the path (a cuid). */
export const discardAttemptSchema = z.strictObject({
  attemptId: z.string().regex(/^[a-z0-9]{1,64}$/i, "Unknown quiz."),
});
