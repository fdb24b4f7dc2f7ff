import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { CUSTOM_ID_PREFIX, buildCustomQuestion } from "@/lib/domain/interop/custom-question";
import { toDraft } from "@/lib/domain/interop/draft";
import { QuestionListSchema } from "@/lib/domain/questions/question-schema";
import type { Question } from "@/lib/domain/questions/types";
import {
  customQuestionSchema,
  toQuestionFields,
  type CustomQuestionFields,
} from "@/lib/schemas/custom-questions";
import { QUIZ_MAX_QUESTIONS } from "@/lib/schemas/quiz";
import { SET_NOT_FOUND, isInstructor, type Caller } from "@/lib/server/classes/caller";
import { countSetItems, quizSettingsOf } from "@/lib/server/classes/set-summary";
import { getQuestionBank } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

/**
 * Questions an instructor writes in the form, stored like imported ones (a CustomQuestion row
 * holding a Question of our model), so they are drawn, graded, analysed and exported by the
 * same code.
 *
 * Answers already given stay consistent because a question is never changed under them:
 * - an attempt keeps a snapshot of every question it asked (QuizAttempt.questions), so its
 *   score, review and item analysis never read the live row;
 * - saving an edit gives the question a NEW question id (`custom:w<random>:1`). The row (its
 *   place in the set) stays; attempts started after the edit ask the new version, and item
 *   analysis and per-question statistics, which group by question id, keep the answers to
 *   each wording apart instead of mixing them;
 * - deleting takes the question out of attempts started later; earlier attempts keep it.
 */
export const CUSTOM_QUESTION_NOT_FOUND = "Question not found.";

export type CustomQuestionRow = {
  /** The row's id: what the edit and delete routes name. */
  id: string;
  position: number;
  question: Question;
};

/** A fresh question id for each version written in the form. */
function newQuestionId(): string {
  return `${CUSTOM_ID_PREFIX}w${randomBytes(6).toString("hex")}:1`;
}

function invalid(error: z.ZodError) {
  return fail(
    "invalid",
    "The question is not complete yet: see the marked fields.",
    z.flattenError(error).fieldErrors,
  );
}

/** One of the caller's quiz sets (owner in the query), or null. */
async function ownQuizSet(caller: Caller, setId: string) {
  if (!isInstructor(caller)) return null;
  return db.studySet.findFirst({
    where: { id: setId, instructorId: caller.id, kind: "QUIZ" },
    select: { id: true, kind: true, settings: true, questionIds: true, cardIds: true },
  });
}

function readQuestion(row: { id: string; question: unknown }): Question {
  return parseJsonColumn(QuestionListSchema, [row.question], {
    table: "CustomQuestion",
    rowId: row.id,
    column: "question",
  })[0]!;
}

function build(draft: z.output<typeof customQuestionSchema>): Question {
  const built = buildCustomQuestion(draft, newQuestionId());
  return QuestionListSchema.parse([built])[0]!;
}

/** The caller's custom questions of one of their quiz sets, in order. */
export async function listSetCustomQuestions(
  caller: Caller,
  setId: string,
): Promise<ServiceResult<CustomQuestionRow[]>> {
  const set = await ownQuizSet(caller, setId);
  if (!set) return fail("not_found", SET_NOT_FOUND);
  const rows = await db.customQuestion.findMany({
    where: { setId, instructorId: caller.id },
    orderBy: { position: "asc" },
    select: { id: true, position: true, question: true },
  });
  return ok(rows.map((r) => ({ id: r.id, position: r.position, question: readQuestion(r) })));
}

/** Writes a new question at the end of one of the caller's quiz sets. */
export async function createCustomQuestion(
  caller: Caller,
  setId: string,
  input: unknown,
): Promise<ServiceResult<{ id: string; questionId: string }>> {
  const set = await ownQuizSet(caller, setId);
  if (!set) return fail("not_found", SET_NOT_FOUND);
  const parsed = customQuestionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const question = build(parsed.data);
  return db.$transaction(async (tx) => {
    // Serialises writes to one set, so two at once cannot both take the last place.
    await tx.$queryRaw`SELECT id FROM "StudySet" WHERE id = ${setId} FOR UPDATE`;
    if ((await countSetItems([set], tx)).get(set.id)! >= QUIZ_MAX_QUESTIONS)
      return fail(
        "conflict",
        `A quiz set asks at most ${QUIZ_MAX_QUESTIONS} questions, and this one is full.`,
      );
    const last = await tx.customQuestion.aggregate({
      where: { setId },
      _max: { position: true },
    });
    const row = await tx.customQuestion.create({
      data: {
        instructorId: caller.id,
        setId,
        position: (last._max.position ?? -1) + 1,
        questionId: question.id,
        question: question as object,
      },
      select: { id: true },
    });
    return ok({ id: row.id, questionId: question.id });
  });
}

/** The form's fields for one of the caller's custom questions (to edit it). */
export async function getCustomQuestionFields(
  caller: Caller,
  setId: string,
  id: string,
): Promise<ServiceResult<{ id: string; fields: CustomQuestionFields }>> {
  if (!isInstructor(caller)) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  const row = await db.customQuestion.findFirst({
    where: { id, setId, instructorId: caller.id },
    select: { id: true, question: true },
  });
  if (!row) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  return ok({ id: row.id, fields: toQuestionFields(toDraft(readQuestion(row))) });
}

/**
 * A generated question of the bank as the form's fields, to copy into a custom one and adapt
 * its wording. Only instructors; the question must be in the bank the set draws from.
 */
export async function getCopyFields(
  caller: Caller,
  setId: string,
  questionId: string,
): Promise<ServiceResult<CustomQuestionFields>> {
  const set = await ownQuizSet(caller, setId);
  if (!set) return fail("not_found", SET_NOT_FOUND);
  const question = getQuestionBank(quizSettingsOf(set).sourceOnly).questionById.get(questionId);
  if (!question) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  return ok(toQuestionFields(toDraft(question)));
}

/** Saves an edit as a new version of the question (a new question id; see above). */
export async function updateCustomQuestion(
  caller: Caller,
  setId: string,
  id: string,
  input: unknown,
): Promise<ServiceResult<{ id: string; questionId: string }>> {
  if (!isInstructor(caller)) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  const where = { id, setId, instructorId: caller.id };
  const exists = await db.customQuestion.findFirst({ where, select: { id: true } });
  if (!exists) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  const parsed = customQuestionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const question = build(parsed.data);
  // Owner in the write's own filter too: a row that changed hands in between is not written.
  const { count } = await db.customQuestion.updateMany({
    where,
    data: { questionId: question.id, question: question as object },
  });
  if (count === 0) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  return ok({ id, questionId: question.id });
}

/** Takes a question out of the set; attempts that already asked it keep their snapshot. */
export async function deleteCustomQuestion(
  caller: Caller,
  setId: string,
  id: string,
): Promise<ServiceResult<{ deleted: true }>> {
  if (!isInstructor(caller)) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  const { count } = await db.customQuestion.deleteMany({
    where: { id, setId, instructorId: caller.id },
  });
  if (count === 0) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  return ok({ deleted: true });
}
