import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { HTTP_STATUS } from "@/lib/server/http/status";
import { makeUser } from "@/test/make-user";
import { storedRollups } from "@/test/stored-rollups";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";

// The guards of a grade on a card that has been reviewed before (not only on new cards).
// Each test here was seen failing with its guard removed.

const t0 = new Date("2026-03-10T09:00:00Z");
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

/** A learner with one card graded Good twice (so in review state) and due again later. */
async function reviewedCard() {
  const user = await makeUser("guards");
  await setDeckStudying(user.id, "pfp", { studying: true });
  const first = (await getStudySession(user.id, undefined, t0)).card!;
  let version = 0;
  for (const at of [t0, new Date(t0.getTime() + 11 * 60_000)]) {
    const result = await gradeFlashcard(
      user.id,
      { cardId: first.cardId, rating: 3, requestId: randomUUID(), expectedVersion: version },
      at,
    );
    expect(result.ok).toBe(true);
    version += 1;
  }
  const row = await db.cardState.findUniqueOrThrow({
    where: { userId_cardId: { userId: user.id, cardId: first.cardId } },
  });
  expect(row.state).toBe(2); // Review
  return { userId: user.id, cardId: first.cardId, row, due: row.due };
}

describe("grading a reviewed, due card", () => {
  test("with the version seen before the last grade: 409, nothing changes", async () => {
    const { userId, cardId, row, due } = await reviewedCard();
    const now = new Date(due.getTime() + 60_000);
    const logs = await db.reviewLog.count({ where: { userId } });
    const stale = await gradeFlashcard(
      userId,
      { cardId, rating: 1, requestId: randomUUID(), expectedVersion: row.version - 1 },
      now,
    );
    expect(stale.ok ? 200 : HTTP_STATUS[stale.code]).toBe(409);
    expect(
      await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } }),
    ).toEqual(row);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(logs);
    // The current version is accepted.
    const fresh = await gradeFlashcard(
      userId,
      { cardId, rating: 1, requestId: randomUUID(), expectedVersion: row.version },
      now,
    );
    expect(fresh.ok).toBe(true);
  });

  test("the same grade sent three times (twice at once) is recorded and counted once", async () => {
    const { userId, cardId, row, due } = await reviewedCard();
    const now = new Date(due.getTime() + 60_000);
    const before = await storedRollups(userId);
    const body = { cardId, rating: 2, requestId: randomUUID(), expectedVersion: row.version };
    const results = await Promise.all([
      gradeFlashcard(userId, body, now),
      gradeFlashcard(userId, body, now),
    ]);
    results.push(await gradeFlashcard(userId, body, days(30)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(await db.reviewLog.count({ where: { userId, requestId: body.requestId } })).toBe(1);
    const after = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId, cardId } },
    });
    expect(after.version).toBe(row.version + 1);
    expect(after.reps).toBe(row.reps + 1);
    const reviews = (r: typeof before) => r.daily.reduce((n, d) => n + d.reviews, 0);
    expect(reviews(await storedRollups(userId))).toBe(reviews(before) + 1);
  });
});
