// The edges of what a grade or an undo accepts, each pinned by what the learner gets back: the
// bounds of an offline grade's review time, a body that is not an object, the scope the next
// card comes from, a card outside an assignment's set, a stale grade answered with the graded
// card only, and an undo with a bad or no scope. Each test kills mutants Stryker left alive in
// grade-flashcard.ts, undo-last-grade.ts and get-grade-target.ts. Against a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { CLOCK_SKEW_MS, OFFLINE_GRADE_MAX_AGE_DAYS } from "@/lib/schemas/flashcards";
import {
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { gradeFlashcard, recordFlashcardGrade, submitGrade } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";
import { undoLastGrade } from "./undo-last-grade";

const t0 = new Date("2026-03-10T09:00:00Z");
const DAY_MS = 86_400_000;

const body = (cardId: string, extra: Record<string, unknown> = {}) => ({
  cardId,
  rating: 3,
  requestId: randomUUID(),
  expectedVersion: 0,
  ...extra,
});

async function learner(label: string, deck = "pfp") {
  const user = await makeUser(label);
  await setDeckStudying(user.id, deck, { studying: true });
  return user.id;
}

const logsOf = (userId: string) =>
  db.reviewLog.findMany({ where: { userId }, orderBy: { review: "asc" } });

describe("the review time of a grade made offline", () => {
  test("up to the clock skew ahead is taken as now; one millisecond more is refused", async () => {
    const userId = await learner("edge-future");
    const [a, b] = cardIdsOf("pfp", 2);
    const ahead = new Date(t0.getTime() + CLOCK_SKEW_MS);
    const graded = unwrap(
      await gradeFlashcard(userId, body(a!, { reviewedAt: ahead.toISOString() }), t0),
    );
    // Recorded at the server's now, not at the device's clock.
    expect(graded.graded?.memory.lastReview).toBe(t0.toISOString());
    expect((await logsOf(userId)).map((l) => l.review.toISOString())).toEqual([t0.toISOString()]);

    const tooFar = new Date(ahead.getTime() + 1).toISOString();
    const refused = await gradeFlashcard(userId, body(b!, { reviewedAt: tooFar }), t0);
    expect(refused).toEqual({
      ok: false,
      code: "invalid",
      error: "That review time is in the future.",
      fieldErrors: { reviewedAt: ["That review time is in the future."] },
    });
    expect(await logsOf(userId)).toHaveLength(1);
  });

  test("a grade exactly the kept days old is recorded; one millisecond older is not", async () => {
    const userId = await learner("edge-old");
    const [a, b] = cardIdsOf("pfp", 2);
    const oldest = new Date(t0.getTime() - OFFLINE_GRADE_MAX_AGE_DAYS * DAY_MS);
    const kept = unwrap(
      await gradeFlashcard(userId, body(a!, { reviewedAt: oldest.toISOString() }), t0),
    );
    expect(kept.graded?.memory.lastReview).toBe(oldest.toISOString());

    const older = new Date(oldest.getTime() - 1).toISOString();
    const days = OFFLINE_GRADE_MAX_AGE_DAYS;
    const message = `Grades made offline are kept for ${days} days; this one is older.`;
    expect(await gradeFlashcard(userId, body(b!, { reviewedAt: older }), t0)).toEqual({
      ok: false,
      code: "invalid",
      error: message,
      fieldErrors: { reviewedAt: [message] },
    });
    expect((await logsOf(userId)).map((l) => l.cardId)).toEqual([a]);
  });
});

describe("a request body the reviews route cannot use", () => {
  test.each([
    ["null", null],
    ["no body", undefined],
    ["a string", "grade me"],
    ["a number", 42],
    ["an array", [1, 2]],
    ["an object without a card", { rating: 3 }],
  ])("%s is refused as not valid, not a server error", async (_label, input) => {
    const userId = await learner("edge-body");
    const result = await submitGrade(userId, input);
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      error: "That grade is not valid.",
    });
    expect(await logsOf(userId)).toEqual([]);
  });

  test("an invalid grade asking for the graded card only is refused the same way", async () => {
    const userId = await learner("edge-lean-invalid");
    const [a] = cardIdsOf("pfp", 1);
    const result = await submitGrade(userId, body(a!, { rating: 7, reply: "graded" }));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      error: "That grade is not valid.",
      fieldErrors: { rating: expect.any(Array) },
    });
    expect(await logsOf(userId)).toEqual([]);
  });
});

describe("after a grade", () => {
  test("the next card comes from the deck the learner is studying", async () => {
    // The learner studies every deck; the grade is made while studying pfp only.
    const userId = await learner("edge-next", "all");
    const [a] = cardIdsOf("pfp", 1);
    const next = unwrap(await gradeFlashcard(userId, body(a!, { deck: "pfp" }), t0));
    expect(next.deck).toBe("pfp");
    expect(next.card?.deckId).toBe("pfp");
  });

  test("a stale grade asking for the graded card only is refused as stale", async () => {
    const userId = await learner("edge-lean-stale");
    const [a] = cardIdsOf("pfp", 1);
    unwrap(await recordFlashcardGrade(userId, body(a!), t0));
    // A second tab still showing the card as new.
    const stale = await submitGrade(userId, body(a!, { reply: "graded" }));
    expect(stale).toEqual({
      ok: false,
      code: "conflict",
      error: "This card was already graded elsewhere (another tab?). Here is the next card.",
    });
    expect(await logsOf(userId)).toHaveLength(1);
  });

  test("a grade for an account deleted meanwhile is refused, not a server error", async () => {
    const userId = await learner("edge-deleted");
    const [a] = cardIdsOf("pfp", 1);
    await db.user.delete({ where: { id: userId } });
    expect(await recordFlashcardGrade(userId, body(a!), t0)).toMatchObject({
      ok: false,
      code: "not_found",
      error: "That card is not in the decks you study.",
    });
  });
});

describe("a grade within an assignment", () => {
  test("a card outside the assignment's set is refused, whatever the set holds", async () => {
    const owner = await makeInstructor("edge-set-owner");
    const [inSet, outside] = cardIdsOf("pfp", 2);
    const set = await makeFlashcardSet(owner, [inSet!]);
    const cls = await makeClass(owner);
    const member = await addMember(cls.joinCode, "edge-set-member");
    const assignment = await assign(owner, cls.id, set.id);
    const grade = (cardId: string) =>
      recordFlashcardGrade(member.id, body(cardId, { assignment: assignment.id }), WHILE_OPEN);
    expect(await grade(outside!)).toMatchObject({
      ok: false,
      code: "not_found",
      error: "That card is not in the decks you study.",
    });
    expect(unwrap(await grade(inSet!)).graded).toMatchObject({ cardId: inSet, version: 1 });
    expect((await logsOf(member.id)).map((l) => l.cardId)).toEqual([inSet]);
  });
});

describe("undo", () => {
  test("a deck that is not a deck id is refused and nothing is undone", async () => {
    const userId = await learner("edge-undo-bad");
    const [a] = cardIdsOf("pfp", 1);
    unwrap(await gradeFlashcard(userId, body(a!), t0));
    expect(await undoLastGrade(userId, { deck: "Not A Deck!" }, t0)).toEqual({
      ok: false,
      code: "invalid",
      error: "Unknown deck.",
    });
    expect(await logsOf(userId)).toHaveLength(1);
  });

  test("answers with the session of the deck studied, or of every deck with no body", async () => {
    const userId = await learner("edge-undo-scope", "all");
    const [a, b] = cardIdsOf("pfp", 2);
    unwrap(await gradeFlashcard(userId, body(a!), t0));
    unwrap(await gradeFlashcard(userId, body(b!), t0));
    const inDeck = unwrap(await undoLastGrade(userId, { deck: "pfp" }, t0));
    expect([inDeck.deck, inDeck.card?.deckId]).toEqual(["pfp", "pfp"]);
    const everywhere = unwrap(await undoLastGrade(userId, undefined, t0));
    expect(everywhere.deck).toBeNull();
    expect(await logsOf(userId)).toEqual([]);
    expect(await undoLastGrade(userId, undefined, t0)).toEqual({
      ok: false,
      code: "conflict",
      error: "There is no grade to undo.",
    });
  });

  test("an undo meeting a grade of the same card gives way instead of deadlocking", async () => {
    const userId = await learner("edge-undo-race");
    const [a] = cardIdsOf("pfp", 1);
    unwrap(await gradeFlashcard(userId, body(a!, { rating: 1 }), t0));
    // A grade of the card that holds its row lock (as writeGrade does before addReview
    // locks the user's row): held by hand so that the undo meets it every time.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holder = db.$transaction(async (tx) => {
      await tx.$queryRaw`
        SELECT 1 FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ${a} FOR UPDATE`;
      await held;
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
    });
    const later = new Date(t0.getTime() + 5 * 60_000);
    await waitForLockHolder(userId);
    const undoing = undoLastGrade(userId, {}, later);
    // An undo that waited for the row instead now holds the user's row the grade goes on to
    // lock: PostgreSQL then finds the deadlock and aborts one of them.
    await Promise.race([undoing, new Promise((resolve) => setTimeout(resolve, 300))]);
    release();
    const [undo, grade] = await Promise.allSettled([undoing, holder]);
    expect(grade.status).toBe("fulfilled");
    expect(undo.status === "fulfilled" ? undo.value : undo.reason).toEqual({
      ok: false,
      code: "conflict",
      error: "That card is being graded right now (another tab?). Try undo again.",
    });
    // Nothing was undone; the undo once the card is free works.
    expect(await logsOf(userId)).toHaveLength(1);
    expect(unwrap(await undoLastGrade(userId, {}, later)).canUndo).toBe(false);
  });
});

/** Waits until the learner's card state row is locked by another transaction. */
async function waitForLockHolder(userId: string) {
  for (let i = 0; i < 100; i++) {
    const locked = await db.$queryRaw<unknown[]>`
      SELECT 1 FROM "CardState" WHERE "userId" = ${userId} FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the card's row was never locked");
}
