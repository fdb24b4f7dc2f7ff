// Offline flashcard review on the server (issue 17): grades made on a device without a network
// arrive later with their review time, are applied once each, and a card graded on another
// device meanwhile is rescheduled from its merged review log. Against a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  gradeOffline,
  memoryToJson,
  offlineSession,
  type OfflineGrade,
  type OfflinePack,
} from "@/lib/domain/srs/offline-pack";
import { replayGrades, type RatingValue } from "@/lib/domain/srs/schedule";
import { db } from "@/lib/server/db";
import { HTTP_STATUS } from "@/lib/server/http/status";
import { makeUser } from "@/test/make-user";
import { getOfflinePack, getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";
import { undoLastGrade } from "./undo-last-grade";
import { toMemory } from "./card-state-row";

const t0 = new Date("2026-03-10T09:00:00Z");
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

async function learner() {
  const user = await makeUser("offline");
  await setDeckStudying(user.id, "pfp", { studying: true });
  return user.id;
}

/** Studies `count` cards from the pack with no server, as the study page does offline. */
function studyOffline(pack: OfflinePack, ratings: RatingValue[], start: Date) {
  const grades: OfflineGrade[] = [];
  let now = start;
  for (const rating of ratings) {
    const card = offlineSession(pack, now).card;
    if (!card) throw new Error("the offline queue ran dry");
    const done = gradeOffline(pack, { cardId: card.cardId, rating, requestId: randomUUID() }, now);
    pack = done.pack;
    grades.push(done.grade);
    now = minutes(now, 1);
  }
  return { pack, grades };
}

async function logsOf(userId: string, cardId: string) {
  return db.reviewLog.findMany({ where: { userId, cardId }, orderBy: { review: "asc" } });
}

describe("grades made offline", () => {
  test("ten grades sent later in order: each recorded once, with the device's states", async () => {
    const userId = await learner();
    const pack = await getOfflinePack(userId, undefined, t0);
    const ratings: RatingValue[] = [3, 1, 3, 4, 2, 3, 3, 1, 4, 3];
    const offline = studyOffline(pack, ratings, minutes(t0, 5));
    const back = minutes(t0, 90);
    for (const grade of offline.grades) {
      const result = await gradeFlashcard(userId, grade, back);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.data.graded?.rebuilt).toBe(false);
    }
    // Sent again (a lost reply): nothing more is recorded.
    for (const grade of offline.grades) expect((await gradeFlashcard(userId, grade, back)).ok);

    const logs = await db.reviewLog.findMany({ where: { userId }, orderBy: { review: "asc" } });
    expect(logs.map((l) => [l.requestId, l.rating, l.review.toISOString()])).toEqual(
      offline.grades.map((g) => [g.requestId, g.rating, g.reviewedAt]),
    );
    const rows = await db.cardState.findMany({ where: { userId } });
    expect(rows).toHaveLength(Object.keys(offline.pack.states).length);
    for (const row of rows) {
      const { version, ...memory } = offline.pack.states[row.cardId]!;
      expect(row.version).toBe(version);
      expect(memoryToJson(toMemory(row))).toEqual(memory.memory);
    }
    // The day's counts include them: the server's queue now matches the device's.
    const device = offlineSession(offline.pack, back);
    const server = await getStudySession(userId, undefined, back);
    expect(server.counts).toEqual(device.counts);
    expect(server.card?.cardId).toBe(device.card?.cardId);
  });

  test("a review time in the future or older than 7 days is refused, nothing stored", async () => {
    const userId = await learner();
    const pack = await getOfflinePack(userId, undefined, t0);
    const [grade] = studyOffline(pack, [3], t0).grades;
    for (const reviewedAt of [minutes(t0, 10), minutes(t0, -(7 * 24 * 60 + 1))]) {
      const result = await gradeFlashcard(
        userId,
        { ...grade, reviewedAt: reviewedAt.toISOString() },
        t0,
      );
      expect(result.ok ? 200 : HTTP_STATUS[result.code]).toBe(422);
      if (!result.ok) expect(result.fieldErrors?.reviewedAt).toHaveLength(1);
    }
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
    // Within the window (and a clock a minute ahead) it is recorded.
    const late = minutes(t0, 6 * 24 * 60);
    expect((await gradeFlashcard(userId, grade!, late)).ok).toBe(true);
    const ahead = studyOffline(
      await getOfflinePack(userId, undefined, late),
      [3],
      minutes(late, 1),
    );
    expect((await gradeFlashcard(userId, ahead.grades[0]!, late)).ok).toBe(true);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2);
  });
});

describe("a card graded offline and on another device meanwhile", () => {
  /** Card graded Good twice (in review), copied to the device, then due in some days. */
  async function reviewedThenCopied() {
    const userId = await learner();
    const first = (await getStudySession(userId, undefined, t0)).card!;
    for (const [i, at] of [t0, minutes(t0, 11)].entries()) {
      const body = { cardId: first.cardId, rating: 3, requestId: randomUUID(), expectedVersion: i };
      expect((await gradeFlashcard(userId, body, at)).ok).toBe(true);
    }
    const row = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId, cardId: first.cardId } },
    });
    const due = row.due;
    const pack = await getOfflinePack(userId, undefined, due);
    return { userId, cardId: first.cardId, due, pack, version: row.version };
  }

  for (const order of ["offline first", "other device first"] as const) {
    test(`both reviews kept in time order, schedule rebuilt from the log (${order})`, async () => {
      const { userId, cardId, due, pack, version } = await reviewedThenCopied();
      // The device studies the card offline (Again) ...
      const offlineAt = minutes(due, order === "offline first" ? 5 : 60);
      const cardAt = offlineSession(pack, offlineAt).card!;
      expect(cardAt.cardId).toBe(cardId);
      const { grade } = gradeOffline(
        pack,
        { cardId, rating: 1, requestId: randomUUID() },
        offlineAt,
      );
      // ... while another device grades it online (Easy).
      const otherAt = minutes(due, 30);
      const other = await gradeFlashcard(
        userId,
        { cardId, rating: 4, requestId: randomUUID(), expectedVersion: version },
        otherAt,
      );
      expect(other.ok).toBe(true);

      const result = await gradeFlashcard(userId, grade, minutes(due, 120));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.data.graded).toMatchObject({ cardId, rebuilt: true, version: version + 2 });

      const logs = await logsOf(userId, cardId);
      expect(logs.map((l) => l.review.getTime())).toEqual(
        [t0, minutes(t0, 11), ...[offlineAt, otherAt].sort((a, b) => +a - +b)].map((d) =>
          d.getTime(),
        ),
      );
      const replayed = replayGrades(
        logs.map((l) => ({ rating: l.rating as RatingValue, review: l.review })),
      );
      const row = await db.cardState.findUniqueOrThrow({
        where: { userId_cardId: { userId, cardId } },
      });
      expect(row.version).toBe(version + 2);
      expect(memoryToJson(toMemory(row))).toEqual(memoryToJson(replayed.at(-1)!.next));
      expect(result.data.graded!.memory).toEqual(memoryToJson(replayed.at(-1)!.next));
      // Each log row holds the state before it as the replay has it (what the optimiser reads).
      logs.forEach((log, i) => {
        expect(log.state).toBe(replayed[i]!.record.state);
        expect(log.stability).toBe(replayed[i]!.record.stability);
        expect(log.elapsedDays).toBe(replayed[i]!.record.elapsedDays);
      });
      // The same grade again is not merged twice.
      expect((await gradeFlashcard(userId, grade, minutes(due, 121))).ok).toBe(true);
      expect(await logsOf(userId, cardId)).toHaveLength(4);

      // Undo takes back the latest review, to the replayed state before it.
      expect((await undoLastGrade(userId, {}, minutes(due, 122))).ok).toBe(true);
      const undone = await db.cardState.findUniqueOrThrow({
        where: { userId_cardId: { userId, cardId } },
      });
      expect(memoryToJson(toMemory(undone))).toEqual(memoryToJson(replayed[2]!.next));
    });
  }

  test("an online grade from a stale tab (no review time) is still refused with 409", async () => {
    const { userId, cardId, due, version } = await reviewedThenCopied();
    const now = minutes(due, 1);
    const body = { cardId, rating: 3, requestId: randomUUID(), expectedVersion: version };
    expect((await gradeFlashcard(userId, body, now)).ok).toBe(true);
    const stale = await gradeFlashcard(userId, { ...body, requestId: randomUUID() }, now);
    expect(stale.ok ? 200 : HTTP_STATUS[stale.code]).toBe(409);
  });
});
