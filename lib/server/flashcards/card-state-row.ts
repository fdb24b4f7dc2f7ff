import "server-only";
import { epochMs, sqlQuery, type SqlRunner } from "@/lib/server/sql";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CardMemory, CardStateValue } from "@/lib/domain/srs/schedule";
import { parseJsonColumn } from "@/lib/server/json-column";

/** The CardState columns that hold FSRS memory: CardMemory, with the state as a plain Int. */
export type MemoryColumns = Omit<CardMemory, "state"> & { state: number };

/**
 * The learner's state rows of these cards. Plain SQL with the ids as one array: every grade
 * and study page reads a row per card in scope (hundreds), and Prisma's `in` list of as many
 * parameters, compiled and mapped per request, was most of a grade's time.
 */
export function readCardStates(
  userId: string,
  cards: readonly { id: string }[],
): Promise<(MemoryColumns & { cardId: string; version: number })[]> {
  return sqlQuery(Prisma.sql`
    SELECT "cardId", due, stability, difficulty, "elapsedDays", "scheduledDays",
      "learningSteps", reps, lapses, state, "lastReview", version
    FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ANY(${cards.map((c) => c.id)})`);
}

/**
 * Writes a graded card's memory and version: its row updated, or inserted when the card was
 * new (two first grades racing: the loser's INSERT fails on the primary key, which the grade
 * answers as stale). Hand-written SQL in the grade's pg transaction (lib/server/sql.ts).
 */
export async function writeCardState(
  tx: SqlRunner,
  key: { userId: string; cardId: string; deckId: string },
  memory: CardMemory,
  version: number,
  isNew: boolean,
): Promise<void> {
  const m = memory;
  if (isNew) {
    await tx.execute(Prisma.sql`
      INSERT INTO "CardState" ("userId", "cardId", "deckId", due, stability, difficulty,
        "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview",
        version, "updatedAt")
      VALUES (${key.userId}, ${key.cardId}, ${key.deckId}, ${m.due}, ${m.stability},
        ${m.difficulty}, ${m.elapsedDays}, ${m.scheduledDays}, ${m.learningSteps}, ${m.reps},
        ${m.lapses}, ${m.state}, ${m.lastReview}, ${version}, now())`);
    return;
  }
  await tx.execute(Prisma.sql`
    UPDATE "CardState" SET due = ${m.due}, stability = ${m.stability},
      difficulty = ${m.difficulty}, "elapsedDays" = ${m.elapsedDays},
      "scheduledDays" = ${m.scheduledDays}, "learningSteps" = ${m.learningSteps},
      reps = ${m.reps}, lapses = ${m.lapses}, state = ${m.state}, "lastReview" = ${m.lastReview},
      version = ${version}, "updatedAt" = now()
    WHERE "userId" = ${key.userId} AND "cardId" = ${key.cardId}`);
}

/** Today's reviews (or any span's), by the card's state before each review. */
export type TodayCounts = { state: number; count: number }[];

/** The reviews logged between start and end, counted by the card's state before each review. */
export const reviewsByState = (userId: string, start: Date, end: Date) => Prisma.sql`
  SELECT state, COUNT(*)::int AS count FROM "ReviewLog"
  WHERE "userId" = ${userId} AND review >= ${start} AND review < ${end} GROUP BY state`;

export function countReviewsByState(userId: string, start: Date, end: Date): Promise<TodayCounts> {
  return sqlQuery(reviewsByState(userId, start, end));
}

/** A CardState row's memory as memoryJson builds it, instants as epoch milliseconds. */
export type MemoryTuple = [
  due: number,
  stability: number,
  difficulty: number,
  elapsedDays: number,
  scheduledDays: number,
  learningSteps: number,
  reps: number,
  lapses: number,
  state: number,
  lastReview: number | null,
];

/**
 * A CardState row's memory columns as one JSON array (MemoryTuple), for the reads that carry
 * card states as JSON inside a larger statement; `table` qualifies the columns ("c.").
 */
export function memoryJson(table = ""): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${table}"${name}"`);
  return Prisma.sql`json_build_array(${epochMs(column("due"))}, ${column("stability")},
    ${column("difficulty")}, ${column("elapsedDays")}, ${column("scheduledDays")},
    ${column("learningSteps")}, ${column("reps")}, ${column("lapses")}, ${column("state")},
    ${epochMs(column("lastReview"))})`;
}

/** The memory columns from memoryJson's array. */
export function fromMemoryTuple([
  due,
  stability,
  difficulty,
  elapsedDays,
  scheduledDays,
  learningSteps,
  reps,
  lapses,
  state,
  lastReview,
]: MemoryTuple): MemoryColumns {
  return {
    due: new Date(due),
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview: lastReview === null ? null : new Date(lastReview),
  };
}

export function toMemory(row: MemoryColumns): CardMemory {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardStateValue,
    lastReview: row.lastReview,
  };
}

export function toColumns(memory: CardMemory): MemoryColumns {
  return { ...memory };
}

/** JSON form kept in the review log for undo (dates as ISO strings). */
export type SavedState = Omit<MemoryColumns, "due" | "lastReview"> & {
  due: string;
  lastReview: string | null;
  version: number;
};

const SavedStateSchema = z.object({
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number().int(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: z.number().int().min(0).max(3),
  lastReview: z.iso.datetime().nullable(),
  version: z.number().int(),
}) satisfies z.ZodType<SavedState>;

/** ReviewLog.previousState, read through its schema. */
export function storedPreviousState(log: { id: string; previousState: unknown }): SavedState {
  return parseJsonColumn(SavedStateSchema, log.previousState, {
    table: "ReviewLog",
    rowId: log.id,
    column: "previousState",
  });
}

export function toSavedState(row: MemoryColumns & { version: number }): SavedState {
  return {
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview?.toISOString() ?? null,
    version: row.version,
  };
}

export function fromSavedState(saved: SavedState): MemoryColumns & { version: number } {
  return {
    ...saved,
    due: new Date(saved.due),
    lastReview: saved.lastReview ? new Date(saved.lastReview) : null,
  };
}
