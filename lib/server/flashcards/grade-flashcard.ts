import "server-only";
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { LEARN_AHEAD_MS } from "@/lib/domain/srs/build-queue";
import { memoryToJson, type GradedCard, type GradeReceipt } from "@/lib/domain/srs/offline-pack";
import { dayBounds } from "@/lib/domain/time/zoned-time";
import {
  gradeCard,
  newCardMemory,
  replayGrades,
  type CardMemory,
  type RatingValue,
  type ReviewRecord,
} from "@/lib/domain/srs/schedule";
import {
  CLOCK_SKEW_MS,
  gradeCardSchema,
  OFFLINE_GRADE_MAX_AGE_DAYS,
} from "@/lib/schemas/flashcards";
import { newId } from "@/lib/server/ids";
import { addReview } from "@/lib/server/progress/record-progress";
import { isUniqueViolation, sqlQuery, sqlTransaction, type SqlRunner } from "@/lib/server/sql";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import {
  toColumns,
  toMemory,
  toSavedState,
  writeCardState,
  type MemoryColumns,
} from "./card-state-row";
import { getGradeTarget, WRITTEN } from "./get-grade-target";
import {
  getScopedCards,
  getStudySession,
  loadStudyScope,
  type StudySessionView,
  type StudySettings,
} from "./get-study-session";

type Tx = SqlRunner;
type LockedRow = MemoryColumns & { version: number };
const STALE = "This card was already graded elsewhere (another tab?). Here is the next card.";
const NOT_YOURS = "That card is not in the decks you study.";
const DAY_MS = 86_400_000;

/** The review time of a grade: now, or (made offline) the time sent, within bounds. */
function reviewTime(reviewedAt: string | undefined, now: Date): { at: Date } | { error: string } {
  if (reviewedAt === undefined) return { at: now };
  const at = new Date(reviewedAt);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return { error: "That review time is in the future." };
  }
  if (at.getTime() < now.getTime() - OFFLINE_GRADE_MAX_AGE_DAYS * DAY_MS) {
    const days = OFFLINE_GRADE_MAX_AGE_DAYS;
    return { error: `Grades made offline are kept for ${days} days; this one is older.` };
  }
  // A clock a little ahead of ours: the grade happened now as far as we can tell.
  return { at: at > now ? now : at };
}

type Grade = z.infer<typeof gradeCardSchema>;
/** A grade that parsed, with its review time: now, or (made offline) the time sent. */
type ParsedGrade = Grade & { at: Date; offline: boolean };

function parseGrade(input: unknown, now: Date): ServiceResult<ParsedGrade> {
  const parsed = gradeCardSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "That grade is not valid.", parsed.error.flatten().fieldErrors);
  const when = reviewTime(parsed.data.reviewedAt, now);
  if ("error" in when) return fail("invalid", when.error, { reviewedAt: [when.error] });
  return ok({ ...parsed.data, at: when.at, offline: parsed.data.reviewedAt !== undefined });
}

/**
 * The reviews route: a grade answered with the next study state, or, when it asks for
 * `reply: "graded"` (the study page with an offline pack picks the next card itself), with the
 * graded card's new state only. Both validate the whole request.
 */
export function submitGrade(
  userId: string,
  input: unknown,
): Promise<ServiceResult<StudySessionView | GradeReceipt>> {
  const lean = typeof input === "object" && input !== null && "reply" in input;
  return lean && input.reply === "graded"
    ? recordFlashcardGrade(userId, input)
    : gradeFlashcard(userId, input);
}

/**
 * Records one grade and answers with the next study state (see writeGrade). The card must be
 * in the learner's decks or written into a set assigned to them, or, when the grade names an
 * assignment being studied, in its set (then it need not be in the learner's decks).
 */
export async function gradeFlashcard(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<StudySessionView>> {
  const parsed = parseGrade(input, now);
  if (!parsed.ok) return parsed;
  const grade = parsed.data;
  const { deck, assignment } = grade;
  // Read once: the grade checks the card against them, and the next card is built from them.
  // A suspended card is still the learner's: a grade made before it was suspended counts.
  const scope = await loadStudyScope(userId);
  const { cards } = await getScopedCards(userId, { assignment }, now, {
    ...scope,
    suspended: new Set(),
  });
  const card = cards.find((c) => c.id === grade.cardId);
  if (!card) return fail("not_found", NOT_YOURS);
  const written = await writeGrade(userId, grade, card.deckId, scope.settings);
  if (!written.ok) return written;
  const session = await getStudySession(userId, { deck, assignment }, now, {
    scope,
    canUndo: true,
  });
  return ok(written.data ? { ...session, graded: written.data } : session);
}

/**
 * Records one grade and answers with the graded card's new state only (nothing for a copy of
 * a grade already recorded): no next card is built, so the learner's decks and written cards
 * are not read; one statement reads the settings and checks the card is the learner's
 * (getGradeTarget). A grade within an assignment is checked against its set as above.
 */
export async function recordFlashcardGrade(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<GradeReceipt>> {
  const parsed = parseGrade(input, now);
  if (!parsed.ok) return parsed;
  const grade = parsed.data;
  let target: { settings: StudySettings; deckId: string } | null;
  if (grade.assignment) {
    const scope = await loadStudyScope(userId, now);
    const { cards } = await getScopedCards(userId, { assignment: grade.assignment }, now, scope);
    const card = cards.find((c) => c.id === grade.cardId);
    target = card ? { settings: scope.settings, deckId: card.deckId } : null;
  } else target = await getGradeTarget(userId, grade.cardId, now);
  if (!target) return fail("not_found", NOT_YOURS);
  const written = await writeGrade(userId, grade, target.deckId, target.settings);
  if (!written.ok) return written;
  return ok(written.data ? { graded: written.data } : {});
}

/**
 * Writes one grade of a card the caller checked is the learner's. In one transaction: the
 * card's state row is locked, the version the learner saw must still be current (so two tabs
 * cannot both apply a grade to the same state: no lost update), the card must be due, and the
 * new FSRS state and its review log are written together. A grade re-sent with the same
 * requestId is recorded once (the answer is then null: nothing new was graded).
 *
 * A grade made offline (it carries `reviewedAt`) whose card changed meanwhile, because it was
 * graded on another device, is not refused: both reviews are kept, and the card's schedule is
 * rebuilt from its whole review log in time order (see `mergeOfflineGrade`). The answer says
 * so (`rebuilt`), and the learner is told.
 */
async function writeGrade(
  userId: string,
  grade: ParsedGrade,
  deckId: string,
  settings: StudySettings,
): Promise<ServiceResult<GradedCard | null>> {
  const { cardId, rating, requestId, expectedVersion, durationMs, at, offline } = grade;
  const card = { id: cardId, deckId };
  let graded: GradedCard | null = null;
  try {
    // Hand-written SQL in a pg transaction: every grade's statements, which cost more CPU in
    // Prisma's client than in PostgreSQL (lib/server/sql.ts).
    const outcome = await sqlTransaction(async (tx) => {
      if (grade.assignment && !(await stillInAssignment(tx, grade.assignment, cardId)))
        return fail("not_found", NOT_YOURS);
      const [row] = await tx.query<LockedRow>(Prisma.sql`
        SELECT due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps,
          lapses, state, "lastReview", version
        FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ${cardId} FOR UPDATE`);
      const stale = (row?.version ?? 0) !== expectedVersion;
      const beforeLast = Boolean(row?.lastReview && at < row.lastReview);
      // A copy of a grade already recorded finds the card moved on (that grade raised its
      // version), so only then is the request id looked up, after the lock: a copy that held
      // it first is visible now. Any other repeat of a request id fails on its unique index
      // when the review is logged (caught below), so every grade is still recorded once.
      if (stale || (offline && beforeLast)) {
        if (await isLogged(tx, userId, requestId)) return "duplicate" as const;
      }
      if (offline && (stale || beforeLast)) {
        const merge = { rating, at, requestId, durationMs };
        graded = await mergeOfflineGrade(tx, userId, card, row ?? null, merge, settings);
        return "graded" as const;
      }
      if (stale) return fail("conflict", STALE);

      const memory = row ? toMemory(row) : newCardMemory(at);
      // The device that graded offline scheduled the card itself; online, it must be due.
      if (row && memory.state !== 0 && !offline) {
        const { end } = dayBounds(at, settings.timeZone);
        const learning = memory.state === 1 || memory.state === 3;
        const dueBy = learning ? new Date(at.getTime() + LEARN_AHEAD_MS) : end;
        if (memory.due > dueBy) {
          return fail("conflict", `This card is not due yet (due ${memory.due.toISOString()}).`);
        }
      }
      const { next, record } = gradeCard(
        memory,
        rating,
        at,
        settings.desiredRetention,
        settings.fsrsParameters,
      );
      const version = expectedVersion + 1;
      await writeCardState(tx, { userId, cardId, deckId }, next, version, !row);
      await logReview(tx, { userId, cardId, deckId, record, durationMs, requestId }, row ?? null);
      await addReview(tx, userId, at);
      graded = { cardId, memory: memoryToJson(next), version, rebuilt: false };
      return "graded" as const;
    });
    if (typeof outcome === "object") return outcome;
  } catch (error) {
    // Two first grades of a new card racing: the loser hits the primary key, or the same
    // requestId twice hits its unique index. Either way the state is the winner's.
    if (isUniqueViolation(error)) {
      const same = await isLogged({ query: sqlQuery }, userId, requestId);
      if (!same) return fail("conflict", STALE);
    } else throw error;
  }
  return ok(graded);
}

/**
 * Within the grade's transaction, the assignment's row share-locked and its set read again:
 * is the card still one of its set's (content cards by id, written ones by WRITTEN + row id)?
 * Changing a set's cards once learners have reviewed them is refused (set-work.ts), and the
 * change locks each assignment row of the set before counting reviews: with this lock a
 * grade that checked the old set either commits first, and the change counts its review and
 * is refused, or waits for the change and is refused here if its card was taken out.
 */
async function stillInAssignment(tx: Tx, assignmentId: string, cardId: string) {
  // Two statements: a row that waited for its lock is read again in its new version, but a
  // join's other tables would still be read as they were when the statement began.
  const locked = await tx.query(Prisma.sql`
    SELECT 1 FROM "Assignment" WHERE id = ${assignmentId} FOR SHARE`);
  if (locked.length === 0) return false;
  const inSet = cardId.startsWith(WRITTEN)
    ? Prisma.sql`EXISTS (SELECT 1 FROM "CustomCard" c
        WHERE c.id = ${cardId.slice(WRITTEN.length)} AND c."setId" = s.id)`
    : Prisma.sql`${cardId} = ANY(s."cardIds")`;
  const [row] = await tx.query<{ inSet: boolean }>(Prisma.sql`
    SELECT ${inSet} AS "inSet"
    FROM "Assignment" a JOIN "StudySet" s ON s.id = a."setId"
    WHERE a.id = ${assignmentId}`);
  return row?.inSet === true;
}

/**
 * An offline grade meets a card that changed since the device copied it. The review log is
 * the record of what happened: the new review joins it, and the card's state is what replaying
 * the whole log in time order gives (ts-fsrs `reschedule`, via replayGrades). The log rows
 * from the new review on get the state-before fields and undo states of the replay, so the
 * optimiser and "undo" read the history as it now stands. Runs under the card's row lock.
 */
async function mergeOfflineGrade(
  tx: Tx,
  userId: string,
  card: { id: string; deckId: string },
  row: LockedRow | null,
  grade: { rating: RatingValue; at: Date; requestId: string; durationMs?: number },
  settings: StudySettings,
): Promise<GradedCard> {
  const logs = await tx.query<{ id: string; rating: number; review: Date }>(Prisma.sql`
    SELECT id, rating, review FROM "ReviewLog"
    WHERE "userId" = ${userId} AND "cardId" = ${card.id} ORDER BY review, id`);
  // The new review goes after any logged at the same instant.
  const insertAt = logs.filter((l) => l.review <= grade.at).length;
  const history = [
    ...logs.slice(0, insertAt).map((l) => ({ ...l, id: l.id as string | null })),
    { id: null, rating: grade.rating, review: grade.at },
    ...logs.slice(insertAt).map((l) => ({ ...l, id: l.id as string | null })),
  ];
  const replayed = replayGrades(
    history.map((h) => ({ rating: h.rating as RatingValue, review: h.review })),
    settings.desiredRetention,
    settings.fsrsParameters,
  );
  const version = (row?.version ?? 0) + 1;
  const last = replayed.at(-1)!.next;
  // The state before review i, as undo restores it (null: the card was new, no row then).
  const before = (i: number) => {
    if (i === 0) return null;
    const memory: CardMemory = replayed[i - 1]!.next;
    return { ...toColumns(memory), version: version - (history.length - i) };
  };
  for (let i = insertAt; i < history.length; i++) {
    const { record } = replayed[i]!;
    const id = history[i]!.id;
    if (id === null) {
      const { durationMs, requestId } = grade;
      const key = { userId, cardId: card.id, deckId: card.deckId };
      await logReview(tx, { ...key, record, durationMs, requestId }, before(i));
    } else {
      const r = record;
      await tx.execute(Prisma.sql`
        UPDATE "ReviewLog" SET rating = ${r.rating}, state = ${r.state}, due = ${r.due},
          stability = ${r.stability}, difficulty = ${r.difficulty},
          "elapsedDays" = ${r.elapsedDays}, "lastElapsedDays" = ${r.lastElapsedDays},
          "scheduledDays" = ${r.scheduledDays}, "learningSteps" = ${r.learningSteps},
          review = ${history[i]!.review}, "previousState" = ${savedJson(before(i))}::jsonb
        WHERE id = ${id}`);
    }
  }
  const key = { userId, cardId: card.id, deckId: card.deckId };
  await writeCardState(tx, key, last, version, !row);
  await addReview(tx, userId, grade.at);
  return { cardId: card.id, memory: memoryToJson(last), version, rebuilt: true };
}

/** Whether a grade with this request id is in the learner's review log already. */
async function isLogged(tx: Pick<Tx, "query">, userId: string, requestId: string) {
  const rows = await tx.query<{ id: string }>(Prisma.sql`
    SELECT id FROM "ReviewLog" WHERE "userId" = ${userId} AND "requestId" = ${requestId}`);
  return rows.length > 0;
}

/** The JSON kept for undo: the card's state before the review, or null (it was new). */
function savedJson(before: (MemoryColumns & { version: number }) | null): string | null {
  return before ? JSON.stringify(toSavedState(before)) : null;
}

/** One review in the log, its id made like Prisma's `cuid()` (lib/server/ids.ts). */
async function logReview(
  tx: Tx,
  review: {
    userId: string;
    cardId: string;
    deckId: string;
    record: ReviewRecord;
    durationMs?: number;
    requestId: string;
  },
  before: (MemoryColumns & { version: number }) | null,
): Promise<void> {
  const { userId, cardId, deckId, record: r, durationMs, requestId } = review;
  await tx.execute(Prisma.sql`
    INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability,
      difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review,
      "durationMs", "previousState", "requestId")
    VALUES (${newId()}, ${userId}, ${cardId}, ${deckId}, ${r.rating}, ${r.state}, ${r.due},
      ${r.stability}, ${r.difficulty}, ${r.elapsedDays}, ${r.lastElapsedDays},
      ${r.scheduledDays}, ${r.learningSteps}, ${r.review}, ${durationMs ?? null},
      ${savedJson(before)}::jsonb, ${requestId})`);
}
