import "server-only";
import { randomBytes } from "node:crypto";
import {
  IMPORT_LIMITS,
  parseAnkiPackage,
  parseGift,
  parseMoodleXml,
  parseTermList,
  type ImportError,
} from "@/lib/domain/interop";
import {
  FILE_KIND_FORMATS,
  FILE_KIND_NAMES,
  FORMATS_OF_KIND,
  sniffFileKind,
} from "@/lib/domain/interop/file-kind";
import { cardIdentity, leaveOutExisting, questionIdentity } from "@/lib/domain/interop/same-item";
import type { ImportSummary } from "@/lib/domain/interop/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { QuestionListSchema } from "@/lib/domain/questions/question-schema";
import type { Question } from "@/lib/domain/questions/types";
import { importFormatSchema, type ImportFormat } from "@/lib/schemas/interop";
import { QUIZ_MAX_QUESTIONS } from "@/lib/schemas/quiz";
import { SET_NOT_FOUND, isInstructor, type Caller } from "@/lib/server/classes/caller";
import { lockOwnSet } from "@/lib/server/classes/lock-own-set";
import { lockSetWork } from "@/lib/server/classes/set-work";
import { quizSettingsOf } from "@/lib/server/classes/set-summary";
import { getQuestionBank } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { getSqlEngine } from "./sql-engine";

/** The most a format's upload may hold; the route reads no further (then answers 413). */
export function uploadLimit(format: string | null): number {
  return format === "apkg"
    ? IMPORT_LIMITS.maxAnkiFileBytes
    : Math.max(IMPORT_LIMITS.maxQuestionFileBytes, IMPORT_LIMITS.maxTermFileBytes);
}

/** One line per error, as the importers word them ("question 3 (line 12) has no ..."). */
function describe(errors: readonly ImportError[]): string[] {
  return errors.map((e) =>
    e.line !== null && !/\bline \d+/.test(e.message) ? `line ${e.line}: ${e.message}` : e.message,
  );
}

/** The most errors listed; a file of another kind has one for each of its lines. */
export const ERRORS_LISTED = 20;

/**
 * A file the chosen format could not read. One that plainly is of another kind (file-kind.ts)
 * is named as such, with what to do; otherwise its errors, the first ERRORS_LISTED of them.
 */
function invalidFile(
  errors: readonly ImportError[],
  chosen: ImportFormat,
  body: string | Uint8Array,
  quizSet: boolean,
) {
  const kind = sniffFileKind(body);
  if (kind && !FORMATS_OF_KIND[kind].includes(chosen)) {
    const forQuiz = kind === "gift" || kind === "moodle-xml";
    const advice =
      forQuiz === quizSet
        ? `choose ${FILE_KIND_FORMATS[kind]} as its format.`
        : quizSet
          ? "a quiz set takes GIFT or Moodle XML. Import it into a flashcard set."
          : "a flashcard set takes a TSV or CSV term list, or an Anki package. Import it into " +
            "a quiz set.";
    const looks = `This file looks like ${FILE_KIND_NAMES[kind]}`;
    const message = `${looks}: ${advice} Nothing was imported.`;
    return fail("invalid", message, { file: [message] });
  }
  const n = errors.length;
  const listed = describe(errors.slice(0, ERRORS_LISTED));
  if (n > ERRORS_LISTED) listed.push(`… and ${n - ERRORS_LISTED} more.`);
  return fail(
    "invalid",
    `The file has ${n} ${n === 1 ? "error" : "errors"}: nothing was imported.`,
    {
      file: listed,
    },
  );
}

/**
 * Imports a file into one of the caller's sets, all or nothing: GIFT or Moodle XML into a quiz
 * set as custom questions; a TSV or CSV term list or an Anki package into a flashcard set as
 * custom cards, after the ones already there. Items the set already has (a card with the same
 * front, a question of the same kind with the same prompt: same-item.ts) are skipped and
 * counted, so importing a file twice stores it once. `body` is the file (text, or its bytes),
 * null when the upload passed `uploadLimit`. Into a quiz set, refused (409) once learners have
 * work in one of its assignments, as writing a question is (set-work.ts).
 */
export async function importIntoSet(
  caller: Caller,
  setId: string,
  format: string | null,
  body: string | Uint8Array | null,
): Promise<ServiceResult<ImportSummary>> {
  if (!isInstructor(caller)) return fail("not_found", SET_NOT_FOUND);
  const set = await db.studySet.findFirst({
    where: { id: setId, instructorId: caller.id },
    select: { id: true, kind: true, settings: true, questionIds: true, cardIds: true },
  });
  if (!set) return fail("not_found", SET_NOT_FOUND);
  const parsedFormat = importFormatSchema.safeParse(format);
  if (!parsedFormat.success) return fail("bad_request", parsedFormat.error.issues[0]!.message);
  const f = parsedFormat.data;
  const forQuestions = f === "gift" || f === "moodle-xml";
  if (forQuestions !== (set.kind === "QUIZ"))
    return fail(
      "bad_request",
      set.kind === "QUIZ"
        ? "A quiz set takes GIFT or Moodle XML."
        : "A flashcard set takes a TSV or CSV term list, or an Anki package.",
    );
  const limit =
    f === "apkg"
      ? IMPORT_LIMITS.maxAnkiFileBytes
      : forQuestions
        ? IMPORT_LIMITS.maxQuestionFileBytes
        : IMPORT_LIMITS.maxTermFileBytes;
  if (body === null || (typeof body === "string" ? Buffer.byteLength(body) : body.length) > limit)
    return fail(
      "too_large",
      f === "apkg"
        ? `The package is over the ${limit / 1024 / 1024} MiB limit: in Anki, export the deck ` +
            `without "Include media".`
        : `The file is over the ${limit / 1024} KiB limit: split it.`,
    );
  if (f === "apkg") {
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    const result = parseAnkiPackage(bytes, { sql: await getSqlEngine() });
    if (!result.ok) return invalidFile(result.errors, f, bytes, false);
    const stored = await appendCards(caller, setId, result.cards);
    if (!stored) return fail("not_found", SET_NOT_FOUND);
    return ok({ ...stored, kind: "cards", skipped: result.skipped });
  }
  const text = typeof body === "string" ? body : Buffer.from(body).toString("utf8");

  const importId = randomBytes(6).toString("hex");
  if (forQuestions) {
    const result =
      f === "gift" ? parseGift(text, { importId }) : parseMoodleXml(text, { importId });
    if (!result.ok) return invalidFile(result.errors, f, text, true);
    // Stored as our question model (the same schema attempts are read back with).
    const questions = QuestionListSchema.parse(result.questions);
    const settings = quizSettingsOf(set);
    const { questionById } = getQuestionBank(settings.sourceOnly);
    // The set's fixed (or pinned) generated questions count as in it, as its own ones do.
    const generatedIdentities = set.questionIds.flatMap((id) => {
      const question = questionById.get(id);
      return question ? [questionIdentity(question)] : [];
    });
    return db.$transaction(async (tx) => {
      // The set's row locked, as the forms do: two imports of one file at once store it once,
      // the second seeing what the first stored.
      if (!(await lockOwnSet(tx, caller.id, setId, "update")))
        return fail("not_found", SET_NOT_FOUND);
      // A quiz set's questions stay as learners found them (set-work.ts); a flashcard set's
      // cards may keep growing, as an Anki deck does.
      const locked = await lockSetWork(tx, setId, "QUIZ");
      if (locked) return fail("conflict", locked);
      const own = await listCustomQuestions(setId, tx);
      const { kept, alreadyInSet } = leaveOutExisting(
        questions,
        [...generatedIdentities, ...own.map(questionIdentity)],
        questionIdentity,
      );
      // Every learner gets every custom question on top of the generated ones; an attempt
      // holds at most QUIZ_MAX_QUESTIONS.
      // Counted as countSetItems counts a set's size: generated questions still in the content.
      const generated = settings.drawPerLearner
        ? settings.count
        : set.questionIds.filter((id) => questionById.has(id)).length;
      const room = QUIZ_MAX_QUESTIONS - generated - own.length;
      if (kept.length > room)
        return fail(
          "invalid",
          `A quiz set asks at most ${QUIZ_MAX_QUESTIONS} questions; this one has room for ` +
            `${Math.max(room, 0)} more, and the file has ${kept.length}` +
            (alreadyInSet ? ` besides the ${alreadyInSet} the set already has.` : "."),
        );
      const last = await tx.customQuestion.aggregate({
        where: { setId },
        _max: { position: true },
      });
      const start = (last._max.position ?? -1) + 1;
      await tx.customQuestion.createMany({
        data: kept.map((q, i) => ({
          instructorId: caller.id,
          setId,
          position: start + i,
          questionId: q.id,
          question: q as object,
        })),
      });
      return ok({ imported: kept.length, alreadyInSet, kind: "questions" as const });
    });
  }
  const result = parseTermList(text, { format: f, importId });
  if (!result.ok) return invalidFile(result.errors, f, text, false);
  const stored = await appendCards(caller, setId, result.cards);
  if (!stored) return fail("not_found", SET_NOT_FOUND);
  return ok({ ...stored, kind: "cards" });
}

/**
 * Adds cards to a flashcard set after the ones it has, leaving out those whose front it has
 * already; returns how many were stored and how many left out, or null when the set was
 * deleted before its lock was taken.
 */
async function appendCards(
  caller: Caller,
  setId: string,
  cards: readonly { front: string; back: string; source: string | null }[],
): Promise<{ imported: number; alreadyInSet: number } | null> {
  return db.$transaction(async (tx) => {
    if (!(await lockOwnSet(tx, caller.id, setId, "update"))) return null;
    const own = await tx.customCard.findMany({ where: { setId }, select: { front: true } });
    const { kept, alreadyInSet } = leaveOutExisting(cards, own.map(cardIdentity), cardIdentity);
    const last = await tx.customCard.aggregate({ where: { setId }, _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;
    await tx.customCard.createMany({
      data: kept.map((c, i) => ({
        instructorId: caller.id,
        setId,
        position: start + i,
        front: c.front,
        back: c.back,
        source: c.source,
      })),
    });
    return { imported: kept.length, alreadyInSet };
  });
}

/** A set's custom questions, in order (the set's owner was checked by the caller). */
export async function listCustomQuestions(
  setId: string,
  client: Prisma.TransactionClient = db,
): Promise<Question[]> {
  const rows = await client.customQuestion.findMany({
    where: { setId },
    orderBy: { position: "asc" },
    select: { id: true, question: true },
  });
  return rows.map(
    (row) =>
      parseJsonColumn(QuestionListSchema, [row.question], {
        table: "CustomQuestion",
        rowId: row.id,
        column: "question",
      })[0]!,
  );
}

/** A set's custom cards, in order, as the card exporters take them. */
export async function listCustomCards(setId: string) {
  return db.customCard.findMany({
    where: { setId },
    orderBy: { position: "asc" },
    select: { id: true, front: true, back: true, source: true },
  });
}
