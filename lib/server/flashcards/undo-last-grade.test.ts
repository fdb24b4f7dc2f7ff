import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";
import { undoLastGrade } from "./undo-last-grade";

const t0 = new Date("2026-03-10T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function gradeNext(userId: string, now: Date) {
  const session = await getStudySession(userId, undefined, now);
  if (!session.card) throw new Error("no card due");
  const result = await gradeFlashcard(
    userId,
    {
      cardId: session.card.cardId,
      rating: 3,
      requestId: randomUUID(),
      expectedVersion: session.card.version,
    },
    now,
  );
  if (!result.ok) throw new Error(result.error);
}

describe("undo under concurrency", () => {
  test("two undos at once each undo one grade, and neither fails", async () => {
    for (let round = 0; round < 3; round++) {
      const user = await makeUser("undo-race");
      await setDeckStudying(user.id, "pfp", { studying: true });
      await gradeNext(user.id, t0);
      await gradeNext(user.id, later(1));
      const results = await Promise.allSettled([
        undoLastGrade(user.id, {}, later(2)),
        undoLastGrade(user.id, {}, later(2)),
      ]);
      expect(results.map((r) => (r.status === "fulfilled" ? r.value.ok : r.reason))).toEqual([
        true,
        true,
      ]);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
      expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
    }
  });
});
