import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { gradeCard, newCardMemory, type RatingValue } from "@/lib/domain/srs/schedule";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { toMemory } from "./card-state-row";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { listDecks, setDeckStudying, studyMore, STUDY_MORE_CARDS } from "./manage-decks";
import { undoLastGrade } from "./undo-last-grade";
import { updateStudySettings } from "./update-study-settings";
import { HTTP_STATUS } from "@/lib/server/http/status";

const t0 = new Date("2026-03-10T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function learner(deck = "pfp", settings: Record<string, unknown> = {}) {
  const user = await makeUser("cards");
  expect(await setDeckStudying(user.id, deck, { studying: true })).toMatchObject({ ok: true });
  if (Object.keys(settings).length) {
    expect(
      await updateStudySettings(user.id, {
        newCardsPerDay: 20,
        maxReviewsPerDay: 200,
        desiredRetention: 0.9,
        timeZone: "UTC",
        ...settings,
      }),
    ).toMatchObject({ ok: true });
  }
  return user;
}

async function grade(userId: string, rating: RatingValue, now: Date, deck?: string) {
  const session = await getStudySession(userId, deck, now);
  if (!session.card) throw new Error("no card due");
  const result = await gradeFlashcard(
    userId,
    {
      cardId: session.card.cardId,
      rating,
      requestId: randomUUID(),
      expectedVersion: session.card.version,
      deck,
    },
    now,
  );
  if (!result.ok) throw new Error(result.error);
  return { card: session.card, next: result.data };
}

describe("flashcard study against PostgreSQL", () => {
  test("FSRS state round-trips through the database unchanged", async () => {
    const user = await learner();
    const { card } = await grade(user.id, 3, t0);
    const row = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: card.cardId } },
    });
    const expected = gradeCard(newCardMemory(t0), 3, t0).next;
    expect(toMemory(row)).toEqual(expected);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } });
    expect(log).toMatchObject({
      cardId: card.cardId,
      rating: 3,
      state: 0,
      review: t0,
      previousState: null,
    });

    // A second grade from the stored state equals the pure computation from the pure state.
    const { next } = await grade(user.id, 3, later(10));
    const row2 = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: card.cardId } },
    });
    expect(toMemory(row2)).toEqual(gradeCard(expected, 3, later(10)).next);
    expect(row2.version).toBe(2);
    expect(next.counts.learning).toBe(0);
  });

  test("daily new-card limit, 'study more', empty state saying when the next is due", async () => {
    const user = await learner("all", { newCardsPerDay: 2 });
    expect((await getStudySession(user.id, undefined, t0)).counts.new).toBe(2);
    await grade(user.id, 4, t0); // Easy: straight to review, due in days
    await grade(user.id, 4, later(1));
    const empty = await getStudySession(user.id, undefined, later(2));
    expect(empty.card).toBeNull();
    expect(empty.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(empty.newLimitReached).toBe(true);
    expect(new Date(empty.nextDueAt!).getTime()).toBeGreaterThan(later(2).getTime());

    const more = await studyMore(user.id, {}, later(3));
    expect(more).toMatchObject({ ok: true, data: { counts: { new: STUDY_MORE_CARDS } } });
    // The next day the limit is the plain daily limit again.
    expect(
      (await getStudySession(user.id, undefined, new Date("2026-03-11T09:00:00Z"))).counts.new,
    ).toBe(2);
  });

  test("the review limit caps due reviews", async () => {
    const user = await learner("pfp", { maxReviewsPerDay: 1 });
    await grade(user.id, 4, t0);
    await grade(user.id, 4, later(1));
    const inAMonth = new Date("2026-04-20T09:00:00Z");
    const session = await getStudySession(user.id, undefined, inAMonth);
    expect(session.counts.review).toBe(1);
  });

  test("undo restores the exact prior state and removes the log", async () => {
    const user = await learner();
    const first = await grade(user.id, 3, t0);
    const before = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: first.card.cardId } },
    });
    await grade(user.id, 1, later(10));
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);

    const undone = await undoLastGrade(user.id, {}, later(11));
    expect(undone.ok).toBe(true);
    const after = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: first.card.cardId } },
    });
    expect({ ...after, updatedAt: null }).toEqual({ ...before, updatedAt: null });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);

    // Undoing the first grade of a new card makes it new again (no state row).
    await undoLastGrade(user.id, {}, later(12));
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await undoLastGrade(user.id, {}, later(13))).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  test("two tabs grading the same card at once: one grade wins, no lost update", async () => {
    const user = await learner();
    const session = await getStudySession(user.id, undefined, t0);
    const card = session.card!;
    const results = await Promise.all(
      ([3, 1] as const).map((rating) =>
        gradeFlashcard(
          user.id,
          { cardId: card.cardId, rating, requestId: randomUUID(), expectedVersion: 0 },
          t0,
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "conflict" });
    const row = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: card.cardId } },
    });
    expect(row.version).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  test("concurrent grades of a reviewed card: the stale one is refused", async () => {
    const user = await learner();
    const { card } = await grade(user.id, 3, t0);
    const results = await Promise.all(
      [3, 4].map((rating) =>
        gradeFlashcard(
          user.id,
          { cardId: card.cardId, rating, requestId: randomUUID(), expectedVersion: 1 },
          later(10),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await db.cardState.findFirstOrThrow({ where: { userId: user.id } })).version).toBe(2);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  test("a double-submitted grade counts once", async () => {
    const user = await learner();
    const session = await getStudySession(user.id, undefined, t0);
    const body = {
      cardId: session.card!.cardId,
      rating: 3,
      requestId: randomUUID(),
      expectedVersion: 0,
    };
    const [a, b] = await Promise.all([
      gradeFlashcard(user.id, body, t0),
      gradeFlashcard(user.id, body, t0),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const again = await gradeFlashcard(user.id, body, t0);
    expect(again.ok).toBe(true);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect((await db.cardState.findFirstOrThrow({ where: { userId: user.id } })).version).toBe(1);
  });

  test.each([
    [
      "an unknown rating: 422",
      (cardId: string) => ({ cardId, rating: 5, requestId: randomUUID(), expectedVersion: 0 }),
      422,
    ],
    [
      "a missing request id: 422",
      (cardId: string) => ({ cardId, rating: 3, expectedVersion: 0 }),
      422,
    ],
    [
      "a card outside the learner's decks: 404",
      () => ({ cardId: "acronym:itpp", rating: 3, requestId: randomUUID(), expectedVersion: 0 }),
      404,
    ],
    [
      "a stale state: 409",
      (cardId: string) => ({ cardId, rating: 3, requestId: randomUUID(), expectedVersion: 7 }),
      409,
    ],
  ])("%s, state unchanged", async (_label, body, status) => {
    const user = await learner();
    const session = await getStudySession(user.id, undefined, t0);
    const result = await gradeFlashcard(user.id, body(session.card!.cardId), t0);
    // The status the route edge answers with for this failure.
    expect(result.ok ? 200 : HTTP_STATUS[result.code]).toBe(status);
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a card not yet due is refused; other learners' grades never touch this one's", async () => {
    const user = await learner();
    const { card } = await grade(user.id, 4, t0); // due in days
    const early = await gradeFlashcard(
      user.id,
      { cardId: card.cardId, rating: 3, requestId: randomUUID(), expectedVersion: 1 },
      later(5),
    );
    expect(early).toMatchObject({ ok: false, code: "conflict" });
    expect((await db.cardState.findFirstOrThrow({ where: { userId: user.id } })).version).toBe(1);

    const other = await makeUser("other");
    const foreign = await gradeFlashcard(
      other.id,
      { cardId: card.cardId, rating: 1, requestId: randomUUID(), expectedVersion: 1 },
      later(5),
    );
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
  });

  test("decks: listing, studying and the 'all programmes' deck", async () => {
    const user = await makeUser("decks");
    const decks = await listDecks(user.id, t0);
    expect(decks[0]).toMatchObject({ deckId: "all", name: "All programmes", studying: false });
    const all = decks[0]!;
    expect(all.cards).toBe(decks.slice(1).reduce((n, d) => n + d.cards, 0));
    expect(await setDeckStudying(user.id, "no-such-deck", { studying: true })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    await setDeckStudying(user.id, "all", { studying: true });
    expect((await listDecks(user.id, t0)).every((d) => d.studying)).toBe(true);
    expect((await getStudySession(user.id, "itpp", t0)).card?.deckId).toBe("itpp");
    await setDeckStudying(user.id, "all", { studying: false });
    expect((await getStudySession(user.id, undefined, t0)).studying).toBe(false);
  });

  test("settings are validated", async () => {
    const user = await makeUser("settings");
    const bad = await updateStudySettings(user.id, {
      newCardsPerDay: -1,
      maxReviewsPerDay: 10,
      desiredRetention: 0.99,
      timeZone: "Mars/Base",
    });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    if (!bad.ok)
      expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual([
        "desiredRetention",
        "newCardsPerDay",
      ]);
    const badZone = await updateStudySettings(user.id, {
      newCardsPerDay: 5,
      maxReviewsPerDay: 10,
      desiredRetention: 0.85,
      timeZone: "Mars/Base",
    });
    expect(badZone).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: ["Choose a time zone from the list."] },
    });
    expect(
      await updateStudySettings(user.id, {
        newCardsPerDay: 5,
        maxReviewsPerDay: 10,
        desiredRetention: 0.85,
        timeZone: "Asia/Tokyo",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      newCardsPerDay: 5,
      desiredRetention: 0.85,
      timeZone: "Asia/Tokyo",
    });
  });
});
