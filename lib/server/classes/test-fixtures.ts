// Fixtures for the classes integration tests (imported by *.test.ts only).
import type { Question } from "@/lib/domain/questions/types";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";
import type { ServiceResult } from "@/lib/server/service-result";
import { makeUser } from "@/test/make-user";
import type { Caller } from "./caller";
import { createAssignment } from "./create-assignment";
import { createClass } from "./create-class";
import { createFlashcardSet } from "./create-flashcard-set";
import { createQuizSet } from "./create-quiz-set";
import { joinClass } from "./join-class";
import { randomUUID } from "node:crypto";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import { storedQuestions as parseQuestions } from "@/lib/server/quiz/stored-json";

export type TestUser = Caller & { email: string };

export async function makeInstructor(label = "instructor"): Promise<TestUser> {
  return { ...(await makeUser(label, "INSTRUCTOR")), role: "INSTRUCTOR" };
}

export async function makeLearner(label = "learner"): Promise<TestUser> {
  return { ...(await makeUser(label, "LEARNER")), role: "LEARNER" };
}

/** The data of a successful result; fails the test with the service's message otherwise. */
export function unwrap<T>(result: ServiceResult<T>): T {
  if (!result.ok)
    throw new Error(
      `expected ok, got ${result.code}: ${result.error} ` +
        JSON.stringify(result.fieldErrors ?? {}),
    );
  return result.data;
}

/** Assignment dates used throughout: open 2 March 08:00, due 9 March 17:00, Paris time. */
export const PARIS = "Europe/Paris";
export const OPENS_LOCAL = "2026-03-02T08:00";
export const DUE_LOCAL = "2026-03-09T17:00";
export const OPENS_AT = new Date("2026-03-02T07:00:00Z");
export const DUE_AT = new Date("2026-03-09T16:00:00Z");
/** When the fixtures' assignments are made: before any of their dates, none already past. */
export const ASSIGNED_AT = new Date("2026-02-23T09:00:00Z");
export const BEFORE_OPEN = new Date("2026-03-01T12:00:00Z");
export const WHILE_OPEN = new Date("2026-03-05T10:00:00Z");
export const AFTER_DUE = new Date("2026-03-10T09:00:00Z");
export const minutesAfter = (t: Date, minutes: number) => new Date(t.getTime() + minutes * 60_000);

export async function makeClass(owner: Caller, name = "Partnerships 101") {
  return unwrap(await createClass(owner, { name, description: "Tuesday group" }));
}

export async function addMember(classJoinCode: string, label = "member") {
  const learner = await makeLearner(label);
  unwrap(await joinClass(learner, { code: classJoinCode }));
  return learner;
}

/** A fixed quiz set of single-choice and true/false questions (all-or-nothing scores). */
export async function makeQuizSet(owner: Caller, options: Record<string, unknown> = {}) {
  return unwrap(
    await createQuizSet(owner, {
      name: "Week 1",
      kinds: ["single-choice", "true-false"],
      count: 5,
      seed: "fixed-set",
      ...options,
    }),
  );
}

/** The first `n` flashcards of a programme's deck. */
export function cardIdsOf(deckId: string, n: number): string[] {
  return getContentCatalog()
    .flashcards.filter((c) => c.deckId === deckId)
    .slice(0, n)
    .map((c) => c.id);
}

export async function makeFlashcardSet(owner: Caller, cardIds: string[]) {
  return unwrap(await createFlashcardSet(owner, { name: "Cards", cardIds }));
}

export async function assign(
  owner: Caller,
  classId: string,
  setId: string,
  options: Record<string, unknown> = {},
) {
  return unwrap(
    await createAssignment(
      owner,
      {
        classId,
        setId,
        opensAt: OPENS_LOCAL,
        dueAt: DUE_LOCAL,
        timeZone: PARIS,
        attemptsAllowed: 3,
        lateCounts: false,
        ...options,
      },
      { now: ASSIGNED_AT },
    ),
  );
}

/** An instructor, a class with one learner, the fixtures' quiz set assigned to it. */
export async function quizAssignment(options: Record<string, unknown> = {}) {
  const owner = await makeInstructor();
  const cls = await makeClass(owner);
  const learner = await addMember(cls.joinCode);
  const set = await makeQuizSet(owner);
  const assignment = await assign(owner, cls.id, set.id, options);
  return { owner, cls, learner, set, assignment };
}

/** The learner grades a card Good while studying the assignment. */
export const reviewCard = async (userId: string, assignment: string, cardId: string, at: Date) =>
  unwrap(
    await gradeFlashcard(
      userId,
      {
        cardId,
        rating: 3,
        requestId: randomUUID(),
        expectedVersion: 0,
        durationMs: 2000,
        assignment,
      },
      at,
    ),
  );

/** A question an instructor writes into a quiz set (the form's fields). */
export const WRITTEN_QUESTION = {
  kind: "single-choice",
  prompt: "In which year did the Partnership for Peace begin?",
  options: "1991\n1994\n1999",
  correct: "2",
} as const;

export async function storedQuestions(attemptId: string): Promise<Question[]> {
  const row = await db.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { id: true, questions: true },
  });
  return parseQuestions(row);
}

/**
 * A learner starts an attempt at `start`, answers the given positions right (true) or wrong
 * (false), leaves the others blank, and submits `minutes` later. Returns the attempt id.
 */
export async function sitAttempt(
  learner: Caller,
  assignmentId: string,
  pattern: (boolean | null)[],
  start: Date,
  minutes = 10,
) {
  const started = unwrap(await startAssignmentAttempt(learner, assignmentId, { now: start }));
  const questions = await storedQuestions(started.attemptId);
  for (const [position, right] of pattern.entries()) {
    if (right === null) continue;
    const question = questions[position]!;
    const response = right ? correctResponse(question) : wrongResponse(question);
    unwrap(
      await saveQuizResponse(
        learner.id,
        started.attemptId,
        { position, response },
        minutesAfter(start, 1),
      ),
    );
  }
  unwrap(await submitQuizAttempt(learner.id, started.attemptId, minutesAfter(start, minutes)));
  return started.attemptId;
}
