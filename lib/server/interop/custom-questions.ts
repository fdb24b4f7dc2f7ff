import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { CUSTOM_ID_PREFIX, buildCustomQuestion } from "@/lib/domain/interop/custom-question";
import { toDraft } from "@/lib/domain/interop/draft";
import { findSameItem, questionIdentity } from "@/lib/domain/interop/same-item";
import { truncateText } from "@/lib/domain/interop/text";
import { QuestionListSchema } from "@/lib/domain/questions/question-schema";
import { questionSummary } from "@/lib/domain/questions/question-summary";
import type { Question } from "@/lib/domain/questions/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  customQuestionSchema,
  toQuestionFields,
  type CustomQuestionFields,
} from "@/lib/schemas/custom-questions";
import { QUIZ_MAX_QUESTIONS } from "@/lib/schemas/quiz";
import { SET_NOT_FOUND, isInstructor, type Caller } from "@/lib/server/classes/caller";
import { lockOwnSet } from "@/lib/server/classes/lock-own-set";
import { lockSetWork } from "@/lib/server/classes/set-work";
import { countSetItems, quizSettingsOf } from "@/lib/server/classes/set-summary";
import { getQuestionBank } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";
import { fail, ok, type ServiceFailure, type ServiceResult } from "@/lib/server/service-result";

/**
 * Questions an instructor writes in the form, stored like imported ones (a CustomQuestion row
 * holding a Question of our model), so they are drawn, graded, analysed and exported by the
 * same code.
 *
 * Once any assignment of the set has learner work, writing, editing and deleting them is
 * refused, 409, with the message editing the set's builder choices meets (set-work.ts): an
 * attempt of 11 questions and one of 12 would otherwise be compared as one result. Checked
 * under the set's lock, with every assignment row of the set locked, so a learner's start
 * either commits first (and the write is refused) or waits for the write.
 *
 * Before then, answers already given (by the instructor trying the set, or a removed
 * assignment's) stay consistent because a question is never changed under them:
 * - an attempt keeps a snapshot of every question it asked (QuizAttempt.questions), so its
 *   score, review and item analysis never read the live row;
 * - saving an edit gives the question a NEW question id (`custom:w<random>:1`). The row (its
 *   place in the set) stays; attempts started after the edit ask the new version, and item
 *   analysis and per-question statistics, which group by question id, keep the answers to
 *   each wording apart instead of mixing them;
 * - deleting takes the question out of attempts started later; earlier attempts keep it.
 *
 * A question the set already has (same-item.ts: the rule by which an import skips one; the
 * set's own questions and its fixed or pinned generated ones) is refused, 409, naming it. The
 * check runs under the set's lock, the import's, so two identical saves at once store one.
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

type QuizSet = NonNullable<Awaited<ReturnType<typeof ownQuizSet>>>;

/** The form's field whose words make a question the same as another: its stem, else prompt. */
const WORDING_FIELD: Partial<Record<Question["kind"], string>> = {
  "true-false": "statement",
  cloze: "gap",
};
const SAME_QUESTION = "This set already has this question.";

/**
 * A failure naming the question of the set that `question` is the same as (its own questions
 * but the row `except`, then its generated ones), or null. Call it under the set's lock.
 */
async function sameQuestionInSet(
  tx: Prisma.TransactionClient,
  set: QuizSet,
  question: Question,
  except?: string,
): Promise<ServiceFailure | null> {
  const rows = await tx.customQuestion.findMany({
    where: { setId: set.id, ...(except ? { id: { not: except } } : {}) },
    orderBy: { position: "asc" },
    select: { id: true, question: true },
  });
  const fieldErrors = { [WORDING_FIELD[question.kind] ?? "prompt"]: [SAME_QUESTION] };
  const named = (same: Question) => `“${truncateText(questionSummary(same), 80)}”`;
  const own = findSameItem(question, rows.map(readQuestion), questionIdentity);
  if (own)
    return fail(
      "conflict",
      `This set already has this question: ${named(own)}. Change its wording, or edit that ` +
        "question instead.",
      fieldErrors,
    );
  const { questionById } = getQuestionBank(quizSettingsOf(set).sourceOnly);
  const generated = findSameItem(
    question,
    set.questionIds.flatMap((id) => questionById.get(id) ?? []),
    questionIdentity,
  );
  if (generated)
    return fail(
      "conflict",
      `This set already asks this question among its generated ones: ${named(generated)}. ` +
        "Change its wording to make it your own.",
      fieldErrors,
    );
  return null;
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
    // Serialises writes to one set, so two at once cannot both take the last place, nor both
    // store the same question.
    if (!(await lockOwnSet(tx, caller.id, setId, "update")))
      return fail("not_found", SET_NOT_FOUND);
    const locked = await lockSetWork(tx, setId, "QUIZ");
    if (locked) return fail("conflict", locked);
    const same = await sameQuestionInSet(tx, set, question);
    if (same) return same;
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

/**
 * Saves an edit as a new version of the question (a new question id; see above). Refused when
 * its new wording is another question's of the set; an edit that keeps the wording (a
 * corrected option) is not compared, so a question the set had twice before can still be fixed.
 */
export async function updateCustomQuestion(
  caller: Caller,
  setId: string,
  id: string,
  input: unknown,
): Promise<ServiceResult<{ id: string; questionId: string }>> {
  const set = await ownQuizSet(caller, setId);
  if (!set) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  const where = { id, setId, instructorId: caller.id };
  const exists = await db.customQuestion.findFirst({ where, select: { id: true } });
  if (!exists) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  const parsed = customQuestionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const question = build(parsed.data);
  return db.$transaction(async (tx) => {
    if (!(await lockOwnSet(tx, caller.id, setId, "update")))
      return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
    const current = await tx.customQuestion.findFirst({
      where,
      select: { id: true, question: true },
    });
    if (!current) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
    const locked = await lockSetWork(tx, setId, "QUIZ");
    if (locked) return fail("conflict", locked);
    if (questionIdentity(readQuestion(current)) !== questionIdentity(question)) {
      const same = await sameQuestionInSet(tx, set, question, id);
      if (same) return same;
    }
    // Owner in the write's own filter too: a row that changed hands in between is not written.
    const { count } = await tx.customQuestion.updateMany({
      where,
      data: { questionId: question.id, question: question as object },
    });
    if (count === 0) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
    return ok({ id, questionId: question.id });
  });
}

/**
 * Takes a question out of the set; attempts that already asked it keep their snapshot. Refused
 * once learners have work in an assignment of the set (above).
 */
export async function deleteCustomQuestion(
  caller: Caller,
  setId: string,
  id: string,
): Promise<ServiceResult<{ deleted: true }>> {
  if (!isInstructor(caller)) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
  const where = { id, setId, instructorId: caller.id };
  return db.$transaction(async (tx) => {
    const set = await lockOwnSet(tx, caller.id, setId, "update");
    if (!set || !(await tx.customQuestion.findFirst({ where, select: { id: true } })))
      return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
    const locked = await lockSetWork(tx, setId, set.kind);
    if (locked) return fail("conflict", locked);
    const { count } = await tx.customQuestion.deleteMany({ where });
    if (count === 0) return fail("not_found", CUSTOM_QUESTION_NOT_FOUND);
    return ok({ deleted: true as const });
  });
}
