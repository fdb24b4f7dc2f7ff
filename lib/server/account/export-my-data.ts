import "server-only";
import { stringify } from "csv-stringify/sync";
import { strToU8, Zip, ZipDeflate } from "fflate";
import type {
  CardState,
  QuizAttempt,
  QuizResponse,
  ReviewLog,
} from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { consumeHourlyUse } from "@/lib/server/usage-limit";

type Row = Record<string, string | number | boolean | null>;
export type MyData = {
  exportedAt: string;
  profile: Row;
  quizAttempts: Row[];
  quizResponses: Row[];
  cardStates: Row[];
  reviewLogs: Row[];
  suspendedCards: Row[];
};
type Table = Exclude<keyof MyData, "exportedAt" | "profile">;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Rows read per query: what the export holds in memory at once, per table. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Reads a table page by page in a stable order (keyset on the id after the sort keys), so a
 * learner with years of reviews is never in memory at once.
 */
async function* paged<T extends { id: string }>(
  read: (after: { cursor: { id: string }; skip: 1 } | object) => Promise<T[]>,
): AsyncGenerator<T[]> {
  let after: { cursor: { id: string }; skip: 1 } | object = {};
  for (;;) {
    const page = await read(after);
    if (page.length) yield page;
    if (page.length < EXPORT_PAGE_SIZE) return;
    after = { cursor: { id: page[page.length - 1]!.id }, skip: 1 };
  }
}

async function readProfile(userId: string): Promise<Row> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      role: true,
      timeZone: true,
      newCardsPerDay: true,
      maxReviewsPerDay: true,
      desiredRetention: true,
      createdAt: true,
    },
  });
  return { ...user, createdAt: iso(user.createdAt) };
}

/**
 * Attempts not yet submitted. They are listed without their question ids (on the attempt row,
 * its settings and its saved answers): a stored question id names the key, which is not due
 * before submission.
 */
async function openAttemptIds(userId: string): Promise<Set<string>> {
  const open = await db.quizAttempt.findMany({
    where: { userId, status: { not: "SUBMITTED" } },
    select: { id: true },
  });
  return new Set(open.map((a) => a.id));
}

/** Settings stored before "practise these" stopped taking question ids may still hold some. */
function withoutQuestionIds(settings: unknown): unknown {
  if (settings === null || typeof settings !== "object" || Array.isArray(settings)) return settings;
  return Object.fromEntries(Object.entries(settings).filter(([key]) => key !== "questionIds"));
}

/**
 * Everything the app stores about the learner, as plain rows (no password hash, no answer
 * keys), one page of rows at a time per table.
 */
function tables(userId: string, open: Set<string>): Record<Table, () => AsyncGenerator<Row[]>> {
  const take = EXPORT_PAGE_SIZE;
  return {
    quizAttempts: async function* () {
      for await (const page of paged((after) =>
        db.quizAttempt.findMany({
          where: { userId },
          orderBy: [{ startedAt: "asc" }, { id: "asc" }],
          omit: { questions: true },
          take,
          ...after,
        }),
      ))
        yield page.map((a) => ATTEMPT(a, open));
    },
    quizResponses: async function* () {
      for await (const page of paged((after) =>
        db.quizResponse.findMany({
          where: { userId },
          orderBy: [{ answeredAt: "asc" }, { position: "asc" }, { id: "asc" }],
          take,
          ...after,
        }),
      ))
        yield page.map((r) => RESPONSE(r, open));
    },
    cardStates: async function* () {
      // Keyed by (userId, cardId): the card id is the page cursor.
      let after: string | undefined;
      for (;;) {
        const page = await db.cardState.findMany({
          where: { userId, ...(after ? { cardId: { gt: after } } : {}) },
          orderBy: { cardId: "asc" },
          take,
        });
        if (page.length) yield page.map(CARD);
        if (page.length < take) return;
        after = page[page.length - 1]!.cardId;
      }
    },
    reviewLogs: async function* () {
      for await (const page of paged((after) =>
        db.reviewLog.findMany({
          where: { userId },
          orderBy: [{ review: "asc" }, { id: "asc" }],
          omit: { previousState: true, requestId: true },
          take,
          ...after,
        }),
      ))
        yield page.map(LOG);
    },
    suspendedCards: async function* () {
      // A learner suspends a few of the content's cards at most: one page.
      const rows = await db.cardSuspension.findMany({
        where: { userId },
        orderBy: { cardId: "asc" },
      });
      if (rows.length) {
        yield rows.map((r) => ({ cardId: r.cardId, suspendedAt: iso(r.createdAt) }));
      }
    },
  };
}

type AttemptRow = QuizAttempt;
type ResponseRow = QuizResponse;
type CardRow = CardState;
type LogRow = ReviewLog;

const ATTEMPT = (a: Omit<AttemptRow, "questions">, open: Set<string>): Row => ({
  id: a.id,
  mode: a.mode,
  status: a.status,
  startedAt: iso(a.startedAt),
  submittedAt: iso(a.submittedAt),
  deadlineAt: iso(a.deadlineAt),
  timeLimitSeconds: a.timeLimitSeconds,
  questionCount: a.questionIds.length,
  questionIds: open.has(a.id) ? null : a.questionIds.join(" "),
  score: a.score,
  correctCount: a.correctCount,
  retryOfId: a.retryOfId,
  contentVersion: a.contentVersion,
  settings: JSON.stringify(withoutQuestionIds(a.settings)),
});
const RESPONSE = (r: ResponseRow, open: Set<string>): Row => ({
  id: r.id,
  attemptId: r.attemptId,
  position: r.position,
  questionId: open.has(r.attemptId) ? null : r.questionId,
  programmeId: r.programmeId,
  kind: r.kind,
  answer: JSON.stringify(r.answer),
  score: r.score,
  correct: r.correct,
  answeredAt: iso(r.answeredAt),
});
const CARD = (c: CardRow): Row => ({
  cardId: c.cardId,
  deckId: c.deckId,
  state: c.state,
  due: iso(c.due),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsedDays,
  scheduledDays: c.scheduledDays,
  learningSteps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  lastReview: iso(c.lastReview),
});
const LOG = (l: Omit<LogRow, "previousState" | "requestId">): Row => ({
  id: l.id,
  cardId: l.cardId,
  deckId: l.deckId,
  rating: l.rating,
  state: l.state,
  due: iso(l.due),
  stability: l.stability,
  difficulty: l.difficulty,
  elapsedDays: l.elapsedDays,
  lastElapsedDays: l.lastElapsedDays,
  scheduledDays: l.scheduledDays,
  learningSteps: l.learningSteps,
  review: iso(l.review),
  durationMs: l.durationMs,
});

/** The whole export in memory, as the JSON download holds it (for tests and small reads). */
export async function exportMyData(userId: string, now = new Date()): Promise<MyData> {
  const data: MyData = {
    exportedAt: now.toISOString(),
    profile: await readProfile(userId),
    quizAttempts: [],
    quizResponses: [],
    cardStates: [],
    reviewLogs: [],
    suspendedCards: [],
  };
  for (const [name, read] of Object.entries(tables(userId, await openAttemptIds(userId)))) {
    for await (const page of read()) data[name as Table].push(...page);
  }
  return data;
}

/** Turns chunks from an async generator into a byte stream that reads on demand. */
function toStream(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * The export as one JSON document ({ exportedAt, profile, quizAttempts: [...], ... }),
 * written page by page as the client reads it.
 */
export function exportJsonStream(userId: string, now = new Date()): ReadableStream<Uint8Array> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const head = { exportedAt: now.toISOString(), profile: await readProfile(userId) };
    yield strToU8(JSON.stringify(head, null, 2).replace(/\n}$/, ""));
    for (const [name, read] of Object.entries(tables(userId, await openAttemptIds(userId)))) {
      yield strToU8(`,\n  ${JSON.stringify(name)}: [`);
      let first = true;
      for await (const page of read()) {
        const text = page.map((row) => `\n    ${JSON.stringify(row)}`).join(",");
        yield strToU8((first ? "" : ",") + text);
        first = false;
      }
      yield strToU8(first ? "]" : "\n  ]");
    }
    yield strToU8("\n}\n");
  }
  return toStream(chunks());
}

export const CSV_FILES = {
  "profile.csv": "profile",
  "quiz-attempts.csv": "quizAttempts",
  "quiz-responses.csv": "quizResponses",
  "card-states.csv": "cardStates",
  "review-logs.csv": "reviewLogs",
  "suspended-cards.csv": "suspendedCards",
} as const;

/**
 * Booleans are written `true` / `false` (csv-stringify's default writes false as a blank cell,
 * which reads back as "no value"); a blank cell is a null.
 */
const CSV_CAST = { boolean: (value: boolean) => (value ? "true" : "false") };

/** One CSV per table (RFC 4180, header row), zipped as the client reads it. */
export function exportCsvZipStream(userId: string): ReadableStream<Uint8Array> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const out: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, data) => {
      if (error) failure = error;
      else out.push(data);
    });
    const drain = function* () {
      if (failure) throw failure;
      yield* out.splice(0);
    };
    const all = tables(userId, await openAttemptIds(userId));
    for (const [file, key] of Object.entries(CSV_FILES)) {
      const entry = new ZipDeflate(file, { level: 6 });
      zip.add(entry);
      const pages =
        key === "profile"
          ? (async function* () {
              yield [await readProfile(userId)];
            })()
          : all[key]();
      let columns: string[] | null = null;
      for await (const page of pages) {
        const header = columns === null;
        columns ??= Object.keys(page[0]!);
        entry.push(strToU8(stringify(page, { header, columns, cast: CSV_CAST })));
        yield* drain();
      }
      if (columns === null) entry.push(strToU8(stringify([], { header: true, columns: ["none"] })));
      entry.push(new Uint8Array(0), true);
      yield* drain();
    }
    zip.end();
    yield* drain();
  }
  return toStream(chunks());
}

/** Exports a learner may start per clock hour (each reads every row they have). */
export const EXPORTS_PER_HOUR = 5;

export type ExportDownload = { body: ReadableStream<Uint8Array>; type: string; filename: string };

/** Starts a download of the learner's data (json or csv), within the hourly allowance. */
export async function startDataExport(
  userId: string,
  format: string,
  now = new Date(),
): Promise<ServiceResult<ExportDownload>> {
  if (format !== "json" && format !== "csv") return fail("invalid", "format must be json or csv.");
  const wait = await consumeHourlyUse(`export:${userId}`, EXPORTS_PER_HOUR, now);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return {
      ...fail(
        "rate_limited",
        `You can download your data ${EXPORTS_PER_HOUR} times an hour. ` +
          `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      ),
      retryAfterSeconds: wait,
    };
  }
  const stamp = now.toISOString().slice(0, 10);
  return format === "json"
    ? ok({
        body: exportJsonStream(userId, now),
        type: "application/json; charset=utf-8",
        filename: `partnership-study-data-${stamp}.json`,
      })
    : ok({
        body: exportCsvZipStream(userId),
        type: "application/zip",
        filename: `partnership-study-data-${stamp}.zip`,
      });
}
