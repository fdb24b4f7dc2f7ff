// A grade that asks only for the graded card (`reply: "graded"`, the study page with an offline
// pack) checks the card is the learner's in one statement of its own (getGradeTarget) instead
// of reading every card in scope: it must refuse exactly what the full grade refuses.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  BEFORE_OPEN,
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { archiveClass } from "@/lib/server/classes/archive-class";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { createCustomCard } from "@/lib/server/interop/custom-cards";
import { gradeFlashcard, recordFlashcardGrade, submitGrade } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";

const body = (cardId: string, extra: Record<string, unknown> = {}) => ({
  cardId,
  rating: 3,
  requestId: randomUUID(),
  expectedVersion: 0,
  ...extra,
});

/** An instructor's flashcard set of one content card of `deck` and one written card. */
async function writtenSet(deck: string) {
  const owner = await makeInstructor("scope-owner");
  const set = await makeFlashcardSet(owner, cardIdsOf(deck, 1));
  const { id } = unwrap(
    await createCustomCard(owner, set.id, { front: "W front", back: "W back" }),
  );
  const cls = await makeClass(owner);
  return { owner, set, cls, written: `custom:${id}`, content: cardIdsOf(deck, 1)[0]! };
}

const written = (userId: string) =>
  Promise.all([
    db.cardState.count({ where: { userId } }),
    db.reviewLog.count({ where: { userId } }),
  ]);

describe("a grade answered with the graded card only", () => {
  test("writes the grade and answers with its new state, nothing for a copy", async () => {
    const user = await makeLearner("lean");
    await setDeckStudying(user.id, "pfp", { studying: true });
    const [cardId] = cardIdsOf("pfp", 1);
    const grade = body(cardId!);
    const first = unwrap(await recordFlashcardGrade(user.id, grade));
    expect(first).toEqual({
      graded: { cardId, version: 1, rebuilt: false, memory: expect.any(Object) },
    });
    const row = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    expect([row.cardId, row.deckId, row.version, row.reps]).toEqual([cardId, "pfp", 1, 1]);
    expect(first.graded!.memory.due).toBe(row.due.toISOString());
    // The same request again (its reply was lost): recorded once, nothing new to apply.
    expect(unwrap(await recordFlashcardGrade(user.id, grade))).toEqual({});
    expect(await written(user.id)).toEqual([1, 1]);
  });

  test.each([
    ["a deck the learner studies", "pfp", true],
    ["any deck, when they study 'all'", "all", true],
    ["a deck they do not study", "other", false],
  ])("a content card of %s", async (_label, studies, allowed) => {
    const user = await makeLearner("lean-deck");
    const [cardId] = cardIdsOf("pfp", 1);
    const deck = studies === "other" ? otherDeck("pfp") : studies;
    await setDeckStudying(user.id, deck, { studying: true });
    const lean = await recordFlashcardGrade(user.id, body(cardId!));
    const full = await gradeFlashcard(user.id, body(cardId!, { requestId: randomUUID() }));
    expect(lean.ok).toBe(allowed);
    if (!allowed) {
      expect([lean, full]).toMatchObject([
        { ok: false, code: "not_found" },
        { ok: false, code: "not_found" },
      ]);
      expect(await written(user.id)).toEqual([0, 0]);
    }
  });

  test("an unknown card id is refused without writing", async () => {
    const user = await makeLearner("lean-unknown");
    await setDeckStudying(user.id, "all", { studying: true });
    for (const cardId of ["no-such-card", "custom:no-such-row"]) {
      expect(await recordFlashcardGrade(user.id, body(cardId))).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }
    expect(await written(user.id)).toEqual([0, 0]);
  });

  test("a written card: members of a class it is assigned to, open, not archived", async () => {
    const deck = "pfp";
    const fx = await writtenSet(deck);
    const member = await addMember(fx.cls.joinCode, "lean-member");
    const outsider = await makeLearner("lean-outsider");
    const grade = (userId: string, now: Date) =>
      recordFlashcardGrade(userId, body(fx.written), now);

    // Not assigned yet: nobody may grade it.
    expect(await grade(member.id, WHILE_OPEN)).toMatchObject({ code: "not_found" });
    await assign(fx.owner, fx.cls.id, fx.set.id);
    expect(await grade(member.id, BEFORE_OPEN)).toMatchObject({ code: "not_found" });
    expect(await grade(outsider.id, WHILE_OPEN)).toMatchObject({ code: "not_found" });
    expect(await written(outsider.id)).toEqual([0, 0]);
    // The set's content card is not the member's either: they do not study its deck.
    expect(await recordFlashcardGrade(member.id, body(fx.content), WHILE_OPEN)).toMatchObject({
      code: "not_found",
    });

    const graded = unwrap(await grade(member.id, WHILE_OPEN));
    expect(graded.graded).toMatchObject({ cardId: fx.written, version: 1 });
    const row = await db.cardState.findFirstOrThrow({ where: { userId: member.id } });
    expect(row.deckId).toBe(`set-${fx.set.id}`);

    unwrap(await archiveClass(fx.owner, fx.cls.id, { archived: true }));
    const after = recordFlashcardGrade(
      member.id,
      body(fx.written, { expectedVersion: 1 }),
      new Date(WHILE_OPEN.getTime() + 86_400_000),
    );
    expect(await after).toMatchObject({ ok: false, code: "not_found" });
  });

  test("within an assignment: its set's cards, for its class's members only", async () => {
    const fx = await writtenSet("pfp");
    const member = await addMember(fx.cls.joinCode, "lean-assigned");
    const outsider = await makeLearner("lean-assigned-out");
    const assignment = await assign(fx.owner, fx.cls.id, fx.set.id);
    const grade = (userId: string) =>
      recordFlashcardGrade(userId, body(fx.content, { assignment: assignment.id }), WHILE_OPEN);
    expect(await grade(outsider.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(unwrap(await grade(member.id)).graded).toMatchObject({ cardId: fx.content });
  });

  test("the route's entry picks the reply by `reply`, and validates it", async () => {
    const user = await makeLearner("lean-route");
    await setDeckStudying(user.id, "pfp", { studying: true });
    const [a, b] = cardIdsOf("pfp", 2);
    const lean = unwrap(await submitGrade(user.id, body(a!, { reply: "graded" })));
    expect(Object.keys(lean)).toEqual(["graded"]);
    const full = unwrap(await submitGrade(user.id, body(b!, { reply: "session" })));
    expect(full).toMatchObject({ card: expect.any(Object), graded: { cardId: b } });
    expect(await submitGrade(user.id, body(b!, { reply: "nothing" }))).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { reply: expect.any(Array) },
    });
  });
});

/** A deck of the content other than `deck`. */
function otherDeck(deck: string): string {
  return getContentCatalog().pack.programmes.find((p) => p.id !== deck)!.id;
}
