// The edges of writing a grade (grade-flashcard.ts, writeGrade and mergeOfflineGrade): when a
// card counts as due, which offline grades are merged into the log, two first grades racing,
// and the log rows a merge leaves. Against a real PostgreSQL. Each test names the mutants of
// the mutation run it kills; each was seen failing with them applied by hand.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { replayGrades, type RatingValue } from "@/lib/domain/srs/schedule";
import { memoryToJson } from "@/lib/domain/srs/offline-pack";
import { db } from "@/lib/server/db";
import { lockWaits } from "@/test/lock-waits";
import { HTTP_STATUS } from "@/lib/server/http/status";
import type { ServiceResult } from "@/lib/server/service-result";
import { makeUser } from "@/test/make-user";
import { storedPreviousState, toMemory } from "./card-state-row";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";
import { undoLastGrade } from "./undo-last-grade";

const MIN = 60_000;
const plus = (from: Date, minutes: number) => new Date(from.getTime() + minutes * MIN);
const STALE = "This card was already graded elsewhere (another tab?). Here is the next card.";

/** A learner (time zone UTC, the default) studying PfP, and the first card offered at `at`. */
async function learner(at: Date) {
  const user = await makeUser("write-edges");
  await setDeckStudying(user.id, "pfp", { studying: true });
  const cardId = (await getStudySession(user.id, undefined, at)).card!.cardId;
  return { userId: user.id, cardId };
}

type Extra = { reviewedAt?: Date; requestId?: string };
function grade(
  userId: string,
  cardId: string,
  rating: RatingValue,
  expectedVersion: number,
  now: Date,
  extra: Extra = {},
) {
  const { reviewedAt, requestId = randomUUID() } = extra;
  const body = { cardId, rating, requestId, expectedVersion };
  return gradeFlashcard(
    userId,
    reviewedAt ? { ...body, reviewedAt: reviewedAt.toISOString() } : body,
    now,
  );
}

function status(result: ServiceResult<unknown>) {
  return result.ok ? 200 : HTTP_STATUS[result.code];
}

function rowOf(userId: string, cardId: string) {
  return db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
}

function logsOf(userId: string, cardId: string) {
  return db.reviewLog.findMany({
    where: { userId, cardId },
    orderBy: [{ review: "asc" }, { id: "asc" }],
  });
}

/** A card graded Good at `start` and 11 minutes later: in review, due some days on. */
async function reviewedCard(start: Date) {
  const { userId, cardId } = await learner(start);
  for (const [version, at] of [start, plus(start, 11)].entries()) {
    expect((await grade(userId, cardId, 3, version, at)).ok).toBe(true);
  }
  const row = await rowOf(userId, cardId);
  expect(row.state).toBe(2);
  return { userId, cardId, due: row.due, lastReview: row.lastReview! };
}

describe("a card graded online must be due", () => {
  // Kills 193:26 "true", "memory.state !== 1" and 193:48 "memory.state !== 3" (a review card
  // would get only LEARN_AHEAD_MS), and the message 196:35.
  test("a review card may be graded hours early on its due day, not the day before", async () => {
    const { userId, cardId, due } = await reviewedCard(new Date("2026-03-10T09:00:00Z"));
    expect(due.getUTCHours()).toBeGreaterThanOrEqual(2);
    const early = await grade(userId, cardId, 1, 2, plus(due, -24 * 60));
    expect(status(early)).toBe(409);
    if (!early.ok) expect(early.error).toBe(`This card is not due yet (due ${due.toISOString()}).`);
    expect((await rowOf(userId, cardId)).version).toBe(2);
    expect((await grade(userId, cardId, 3, 2, plus(due, -120))).ok).toBe(true);
    expect((await rowOf(userId, cardId)).version).toBe(3);
  });

  // Kills 195:13 "memory.due >= dueBy": due exactly at the end of the local day still counts.
  test("a review card due at midnight may be graded the evening before", async () => {
    const { userId, cardId, due } = await reviewedCard(new Date("2026-03-09T23:49:00Z"));
    expect(due.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect((await grade(userId, cardId, 3, 2, plus(due, -60))).ok).toBe(true);
    expect(status(await grade(userId, cardId, 3, 3, plus(due, -60)))).toBe(409);
  });

  // Kills 193:26 "false" (twice), "memory.state === 1 && memory.state === 3" and
  // "memory.state !== 1", which take a learning card for a review card: its due time just
  // after midnight is past the end of the day, but within LEARN_AHEAD_MS.
  test("a learning card due just after midnight may be graded before midnight", async () => {
    const evening = new Date("2026-03-10T23:55:00Z");
    const { userId, cardId } = await learner(evening);
    expect((await grade(userId, cardId, 3, 0, evening)).ok).toBe(true);
    const row = await rowOf(userId, cardId);
    expect([row.state, row.due.toISOString()]).toEqual([1, "2026-03-11T00:05:00.000Z"]);
    expect((await grade(userId, cardId, 3, 1, plus(evening, 1))).ok).toBe(true);
    expect((await rowOf(userId, cardId)).version).toBe(2);
  });

  // Kills 193:48 "false" and "memory.state !== 3": the same for a relearning card.
  test("a relearning card due just after midnight may be graded before midnight", async () => {
    const { userId, cardId, due } = await reviewedCard(new Date("2026-03-10T09:00:00Z"));
    const evening = new Date(`${due.toISOString().slice(0, 10)}T23:55:00Z`);
    expect((await grade(userId, cardId, 1, 2, evening)).ok).toBe(true);
    const row = await rowOf(userId, cardId);
    expect(row.state).toBe(3);
    expect(row.due.getTime()).toBeGreaterThan(plus(evening, 5).getTime());
    expect((await grade(userId, cardId, 3, 3, plus(evening, 1))).ok).toBe(true);
    expect((await rowOf(userId, cardId)).version).toBe(4);
  });

  // Kills 191:11 "true" and "row && memory.state !== 0 || !offline": the device that graded
  // offline had the card in its queue; the server does not ask again whether it was due.
  test("an offline grade of a card the server thinks not due is recorded", async () => {
    const start = new Date("2026-03-10T09:00:00Z");
    const { userId, cardId, due, lastReview } = await reviewedCard(start);
    const reviewedAt = plus(lastReview, 60);
    expect(due.getTime()).toBeGreaterThan(plus(reviewedAt, 24 * 60).getTime());
    const result = await grade(userId, cardId, 3, 2, plus(reviewedAt, 60), { reviewedAt });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.graded).toMatchObject({ version: 3, rebuilt: false });
    expect((await logsOf(userId, cardId)).at(-1)!.review).toEqual(reviewedAt);
  });
});

describe("an offline grade with the current version", () => {
  // Kills 170:34 "false": a device clock a minute behind puts the grade before the last one.
  test("made before the card's last review: merged into the log in time order", async () => {
    const start = new Date("2026-03-10T09:00:00Z");
    const { userId, cardId, lastReview } = await reviewedCard(start);
    const reviewedAt = plus(lastReview, -1);
    const result = await grade(userId, cardId, 1, 2, plus(lastReview, 30), { reviewedAt });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.graded).toMatchObject({ version: 3, rebuilt: true });
    const logs = await logsOf(userId, cardId);
    expect(logs.map((l) => [l.rating, l.review])).toEqual([
      [3, start],
      [1, reviewedAt],
      [3, lastReview],
    ]);
    const replayed = replayGrades(
      logs.map((l) => ({ rating: l.rating as RatingValue, review: l.review })),
    );
    const row = await rowOf(userId, cardId);
    expect(memoryToJson(toMemory(row))).toEqual(memoryToJson(replayed.at(-1)!.next));
  });

  // Kills 170:53 "at <= row.lastReview": the same instant is not "before", nothing is rebuilt.
  test("made at the instant of the last review: applied as usual, not a merge", async () => {
    const { userId, cardId, lastReview } = await reviewedCard(new Date("2026-03-10T09:00:00Z"));
    const now = plus(lastReview, 30);
    const result = await grade(userId, cardId, 3, 2, now, { reviewedAt: lastReview });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.graded).toMatchObject({ version: 3, rebuilt: false });
  });
});

/**
 * Two first grades of a new card, raced so that both find no state row and both insert one:
 * the learner's row is held FOR UPDATE, so each insert waits on its foreign key until both
 * have read; then the loser's insert fails on the primary key (P2002).
 */
async function raceFirstGrades(userId: string, bodies: object[], now: Date) {
  let pending: Promise<ServiceResult<unknown>>[] = [];
  await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR UPDATE`;
      pending = bodies.map((body) => gradeFlashcard(userId, body, now));
      await lockWaits(bodies.length);
    },
    { timeout: 20_000 },
  );
  return Promise.all(pending);
}

describe("two first grades of a new card at once", () => {
  // Kills 224:19 "{}", 227:90 "{}", 232:11 "false" and the message 232:30.
  test("different grades: one recorded, the other told it was graded elsewhere", async () => {
    const t0 = new Date("2026-03-10T09:00:00Z");
    const { userId, cardId } = await learner(t0);
    const bodies = ([3, 1] as const).map((rating) => ({
      cardId,
      rating,
      requestId: randomUUID(),
      expectedVersion: 0,
    }));
    const results = await raceFirstGrades(userId, bodies, t0);
    expect(results.map(status).sort()).toEqual([200, 409]);
    const lost = results.find((r) => !r.ok);
    expect(lost).toMatchObject({ code: "conflict", error: STALE });
    const logs = await logsOf(userId, cardId);
    expect(logs).toHaveLength(1);
    expect(results[bodies.findIndex((b) => b.requestId === logs[0]!.requestId)]!.ok).toBe(true);
    expect((await rowOf(userId, cardId)).version).toBe(1);
  });

  // Kills 232:11 "true": the same grade sent twice at once is one grade, and both are answered.
  test("the same grade twice: both answered as recorded, one log row", async () => {
    const t0 = new Date("2026-03-10T09:00:00Z");
    const { userId, cardId } = await learner(t0);
    const body = { cardId, rating: 3, requestId: randomUUID(), expectedVersion: 0 };
    const results = await raceFirstGrades(userId, [body, body], t0);
    expect(results.map(status)).toEqual([200, 200]);
    expect(await logsOf(userId, cardId)).toHaveLength(1);
    expect((await rowOf(userId, cardId)).version).toBe(1);
  });
});

// Kills 227:9 "true", 227:66 "true" and 227:9 "... || error.code === 'P2002'": a database
// error other than a duplicate key is an error, not "graded elsewhere". (A version at the top
// of the column's range: the next one does not fit.)
test("a database error other than a duplicate key is raised, nothing is written", async () => {
  const { userId, cardId, due } = await reviewedCard(new Date("2026-03-10T09:00:00Z"));
  const top = 2 ** 31 - 1;
  await db.cardState.update({
    where: { userId_cardId: { userId, cardId } },
    data: { version: top },
  });
  const before = await rowOf(userId, cardId);
  await expect(grade(userId, cardId, 3, top, plus(due, 1))).rejects.toThrow();
  expect(await rowOf(userId, cardId)).toEqual(before);
  expect(await logsOf(userId, cardId)).toHaveLength(2);
});

describe("an offline grade merged into the review log", () => {
  // Kills 270:20 "row.version" and 274:9 "false": the card's first grade was undone on
  // another device (no state row), the offline grade is the first and only review.
  test("of a card whose only grade was undone meanwhile: it becomes the first review", async () => {
    const t0 = new Date("2026-03-10T09:00:00Z");
    const { userId, cardId } = await learner(t0);
    expect((await grade(userId, cardId, 3, 0, t0)).ok).toBe(true);
    expect((await undoLastGrade(userId, {}, plus(t0, 2))).ok).toBe(true);
    const reviewedAt = plus(t0, 1);
    const result = await grade(userId, cardId, 2, 1, plus(t0, 5), { reviewedAt });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.graded).toMatchObject({ version: 1, rebuilt: true });
    const [log, ...more] = await logsOf(userId, cardId);
    expect(more).toEqual([]);
    expect([log!.rating, log!.review, log!.previousState]).toEqual([2, reviewedAt, null]);
    const row = await rowOf(userId, cardId);
    expect(row.version).toBe(1);
    const [only] = replayGrades([{ rating: 2, review: reviewedAt }]);
    expect(memoryToJson(toMemory(row))).toEqual(memoryToJson(only!.next));
  });

  /** What the log must say: its grades in time order, each with the replay's state before. */
  async function expectReplayed(userId: string, cardId: string, ratings: RatingValue[]) {
    const logs = await logsOf(userId, cardId);
    expect(logs.map((l) => l.rating)).toEqual(ratings);
    const replayed = replayGrades(
      logs.map((l) => ({ rating: l.rating as RatingValue, review: l.review })),
    );
    logs.forEach((log, i) => {
      expect([log.state, log.stability, log.elapsedDays]).toEqual([
        replayed[i]!.record.state,
        replayed[i]!.record.stability,
        replayed[i]!.record.elapsedDays,
      ]);
    });
    const row = await rowOf(userId, cardId);
    expect(memoryToJson(toMemory(row))).toEqual(memoryToJson(replayed.at(-1)!.next));
    // Each row's saved state (what undo restores) has the version the card had before it.
    const versions = logs.map((l) => (l.previousState ? storedPreviousState(l).version : null));
    expect(versions).toEqual([null, ...ratings.slice(1).map((_, i) => i + 1)]);
    expect(row.version).toBe(ratings.length);
    return { logs, replayed };
  }

  // Kills 276:58 "version + (history.length - i)" and 276:69 "history.length + i" (the saved
  // versions), and 255:15 "{}" (logs read by id, i.e. in the order written, not reviewed:
  // the second merge then lands between rows in the wrong order).
  test("twice into the middle of the log: rows in time order, versions to undo to", async () => {
    const { userId, cardId, due } = await reviewedCard(new Date("2026-03-10T09:00:00Z"));
    expect((await grade(userId, cardId, 4, 2, plus(due, 30))).ok).toBe(true);
    const first = await grade(userId, cardId, 1, 2, plus(due, 60), { reviewedAt: plus(due, 5) });
    expect(first.ok && first.data.graded).toMatchObject({ version: 4, rebuilt: true });
    await expectReplayed(userId, cardId, [3, 3, 1, 4]);
    const second = await grade(userId, cardId, 2, 2, plus(due, 61), { reviewedAt: plus(due, 10) });
    expect(second.ok && second.data.graded).toMatchObject({ version: 5, rebuilt: true });
    const { replayed } = await expectReplayed(userId, cardId, [3, 3, 1, 2, 4]);
    // Undo takes back the latest review (the online Easy) to the state and version before it.
    expect((await undoLastGrade(userId, {}, plus(due, 62))).ok).toBe(true);
    const undone = await rowOf(userId, cardId);
    expect(undone.version).toBe(4);
    expect(memoryToJson(toMemory(undone))).toEqual(memoryToJson(replayed[3]!.next));
  });

  // Kills 259:39 "l.review < grade.at": a grade at the same instant as a logged one comes
  // after it, so Again (offline) after Easy (online) leaves the card relearning.
  test("at the same instant as the last review: it goes after it", async () => {
    const { userId, cardId, due } = await reviewedCard(new Date("2026-03-10T09:00:00Z"));
    const same = plus(due, 30);
    expect((await grade(userId, cardId, 4, 2, same)).ok).toBe(true);
    const result = await grade(userId, cardId, 1, 2, plus(due, 60), { reviewedAt: same });
    expect(result.ok && result.data.graded).toMatchObject({ version: 4, rebuilt: true });
    await expectReplayed(userId, cardId, [3, 3, 4, 1]);
    expect((await rowOf(userId, cardId)).state).toBe(3);
  });
});
