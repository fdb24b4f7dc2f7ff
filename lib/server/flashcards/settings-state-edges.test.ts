// The edges of saving study settings (update-study-settings.ts) and of the saved card states
// that undo reads back (card-state-row.ts): the messages and codes a refused save answers with,
// the reply of a saved one, when the rollups are rebuilt, a save that waits for the learner's
// progress lock, a corrupt undo state, and a state row without a last review. Against a real
// PostgreSQL; each test was seen failing with the mutant it names applied by hand.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { HTTP_STATUS } from "@/lib/server/http/status";
import type { ServiceResult } from "@/lib/server/service-result";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";
import { undoLastGrade } from "./undo-last-grade";
import { updateStudySettings } from "./update-study-settings";

const t0 = new Date("2026-03-10T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const CORRECT = "Please correct the highlighted settings.";
const settings = (timeZone: string) => ({
  newCardsPerDay: 12,
  maxReviewsPerDay: 150,
  desiredRetention: 0.88,
  timeZone,
});

/** Studies the PfP deck and grades its first new card Good at t0; returns that card. */
async function gradeFirstCard(userId: string) {
  await setDeckStudying(userId, "pfp", { studying: true });
  const card = (await getStudySession(userId, undefined, t0)).card!;
  const graded = await gradeFlashcard(
    userId,
    { cardId: card.cardId, rating: 3, requestId: randomUUID(), expectedVersion: 0 },
    t0,
  );
  expect(graded.ok).toBe(true);
  return card;
}

function status(result: ServiceResult<unknown>) {
  return result.ok ? 200 : HTTP_STATUS[result.code];
}

const deletesOf = (statements: string[]) =>
  statements.filter((s) => /DELETE FROM "(public"\.")?DailyActivity"/.test(s)).length;

describe("saving study settings", () => {
  // Mutants 17:7 (schema failure message "") and 21:17 / 21:28 (time zone failure code and
  // message ""): the learner gets 422 with the form's message, and nothing is stored.
  test("a refused save answers 422 with the form's message and stores nothing", async () => {
    const user = await makeUser("settings-refused");
    const badNumber = await updateStudySettings(user.id, {
      ...settings("UTC"),
      newCardsPerDay: 9.5,
    });
    expect(status(badNumber)).toBe(422);
    expect(badNumber).toEqual({
      ok: false,
      code: "invalid",
      error: CORRECT,
      fieldErrors: { newCardsPerDay: ["Use a whole number."] },
    });
    const badZone = await updateStudySettings(user.id, settings("Mars/Olympus_Mons"));
    expect(status(badZone)).toBe(422);
    expect(badZone).toEqual({
      ok: false,
      code: "invalid",
      error: CORRECT,
      fieldErrors: { timeZone: ["Choose a time zone from the list."] },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      newCardsPerDay: 20,
      timeZone: "UTC",
    });
  });

  // Mutants 35:13 (ok({})) and 35:22 (saved: false): the reply the settings form reads.
  test("a saved change answers { saved: true } and is stored", async () => {
    const user = await makeUser("settings-saved");
    const saved = await updateStudySettings(user.id, settings("Europe/Berlin"));
    expect(saved).toEqual({ ok: true, data: { saved: true } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject(
      settings("Europe/Berlin"),
    );
  });

  // Mutant 31:11 (rebuild always): the rollups are rebuilt (their rows deleted and written
  // again) only when the time zone changes, not on every save of the daily limits.
  test("the rollups are rebuilt when the time zone changes, and only then", async () => {
    const user = await makeUser("settings-rebuild");
    await gradeFirstCard(user.id);
    const sameZone = await rowsRead(() => updateStudySettings(user.id, settings("UTC")));
    expect(sameZone.result).toEqual({ ok: true, data: { saved: true } });
    expect(deletesOf(sameZone.statements)).toBe(0);
    const newZone = await rowsRead(() => updateStudySettings(user.id, settings("Asia/Tokyo")));
    expect(newZone.result).toEqual({ ok: true, data: { saved: true } });
    expect(deletesOf(newZone.statements)).toBe(1);
    // The review stays counted on its day (18:00 in Tokyo is still 10 March).
    expect(await db.dailyActivity.findMany({ where: { userId: user.id } })).toEqual([
      { userId: user.id, day: "2026-03-10", answers: 0, scoreSum: 0, reviews: 1 },
    ]);
  });

  // Mutant 33:5 (the transaction's 120 s timeout dropped for Prisma's 5 s): a save that waits
  // more than 5 s for the learner's progress lock (held by a long rebuild or grade) still
  // saves once the lock is released.
  test("a save that waits 6 s for the progress lock still saves", async () => {
    const user = await makeUser("settings-wait");
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${user.id} FOR NO KEY UPDATE`;
        locked();
        await tx.$executeRaw`SELECT pg_sleep(6)`;
      },
      { timeout: 20_000 },
    );
    await lockTaken;
    const saved = await updateStudySettings(user.id, settings("America/Chicago"));
    await holder;
    expect(saved).toEqual({ ok: true, data: { saved: true } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      timeZone: "America/Chicago",
    });
  }, 30_000);
});

describe("card states saved for undo", () => {
  // Mutants 106:63 ({} for where), 107:12 (table "") and 109:13 (column "") in
  // storedPreviousState: a corrupt undo state is a server fault naming its row, and the undo
  // changes nothing.
  test("an undo that meets a corrupt saved state names the row and changes nothing", async () => {
    const user = await makeUser("undo-corrupt");
    const card = await gradeFirstCard(user.id);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } });
    await db.reviewLog.update({ where: { id: log.id }, data: { previousState: { due: "soon" } } });
    await expect(undoLastGrade(user.id, {}, later(1))).rejects.toMatchObject({
      name: "CorruptRowError",
      table: "ReviewLog",
      rowId: log.id,
      column: "previousState",
      message: expect.stringMatching(new RegExp(`^ReviewLog ${log.id}: previousState does not`)),
    });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect(
      await db.cardState.findUniqueOrThrow({
        where: { userId_cardId: { userId: user.id, cardId: card.cardId } },
      }),
    ).toMatchObject({ version: 1, reps: 1 });
  });

  // Mutant 124:17 (row.lastReview.toISOString() without ?.): a state row with no last review
  // (the column is nullable; no code path of the app writes one today) is graded, and undo
  // gives it back exactly.
  test("a card state row without a last review is graded and undone exactly", async () => {
    const user = await makeUser("no-last-review");
    await setDeckStudying(user.id, "pfp", { studying: true });
    const card = (await getStudySession(user.id, undefined, t0)).card!;
    const fresh = {
      due: t0,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      lastReview: null,
      version: 1,
    };
    await db.cardState.create({
      data: { userId: user.id, cardId: card.cardId, deckId: card.deckId, ...fresh },
    });
    const graded = await gradeFlashcard(
      user.id,
      { cardId: card.cardId, rating: 3, requestId: randomUUID(), expectedVersion: 1 },
      t0,
    );
    expect(status(graded)).toBe(200);
    const key = { userId_cardId: { userId: user.id, cardId: card.cardId } };
    expect(await db.cardState.findUniqueOrThrow({ where: key })).toMatchObject({
      version: 2,
      reps: 1,
      lastReview: t0,
    });
    expect(status(await undoLastGrade(user.id, {}, later(1)))).toBe(200);
    expect(await db.cardState.findUniqueOrThrow({ where: key })).toMatchObject(fresh);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });
});
