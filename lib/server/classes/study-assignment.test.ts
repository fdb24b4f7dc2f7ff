import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { createCustomCard } from "@/lib/server/interop/custom-cards";
import { listAssignmentsForLearner } from "./list-assignments-for-learner";
import {
  addMember,
  assign,
  BEFORE_OPEN,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  minutesAfter,
  unwrap,
  WHILE_OPEN,
} from "./test-fixtures";

// Issue 13, point 4: "Study cards" on a flashcard assignment studies exactly its set.

async function studyEverything(userId: string, assignment: string, start: Date) {
  const studied: string[] = [];
  let at = start;
  for (let i = 0; i < 40; i++) {
    const session = await getStudySession(userId, { assignment }, at);
    if (!session.card) return { studied, session };
    studied.push(session.card.cardId);
    const result = await gradeFlashcard(
      userId,
      {
        cardId: session.card.cardId,
        rating: 4, // Easy: out of the queue for days, so each card is served once
        requestId: randomUUID(),
        expectedVersion: session.card.version,
        assignment,
      },
      at,
    );
    unwrap(result);
    at = minutesAfter(at, 1);
  }
  throw new Error("the session never ended");
}

describe("studying a flashcard assignment", () => {
  test("serves only the set's cards, within the daily new-card limit", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const cards = [...cardIdsOf("pfp", 5), ...cardIdsOf("itpp", 4)];
    const set = await makeFlashcardSet(owner, cards);
    const a = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode);
    // The learner studies other decks too, with more cards than the set, and a limit of 6.
    await setDeckStudying(learner.id, "all", { studying: true });
    await db.user.update({ where: { id: learner.id }, data: { newCardsPerDay: 6 } });

    const first = await getStudySession(learner.id, { assignment: a.id }, WHILE_OPEN);
    expect(first.deckName).toBe(set.name);
    expect(first.assignment).toEqual({ id: a.id, name: set.name, total: 9, reviewed: 0 });
    expect(first.counts.new).toBe(6);
    const { studied, session } = await studyEverything(learner.id, a.id, WHILE_OPEN);
    expect(studied).toHaveLength(6);
    expect(studied.every((id) => cards.includes(id))).toBe(true);
    expect(new Set(studied).size).toBe(6);
    expect(session.newLimitReached).toBe(true);
    expect(session.assignment).toMatchObject({ total: 9, reviewed: 6 });

    // The assignment list says the same, and nothing was added to the learner's decks.
    const [mine] = unwrap(await listAssignmentsForLearner(learner, minutesAfter(WHILE_OPEN, 30)));
    expect(mine).toMatchObject({ cards: { total: 9, reviewed: 6 }, status: "to-do" });
    const decks = await db.deckSubscription.findMany({ where: { userId: learner.id } });
    expect(decks.map((d) => d.deckId)).toEqual(["all"]);
  });

  test("a card the instructor wrote into the set is studied and graded with the rest", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const cards = cardIdsOf("pfp", 2);
    const set = await makeFlashcardSet(owner, cards);
    const written = unwrap(
      await createCustomCard(owner, set.id, { front: "PfP began in?", back: "1994" }),
    );
    const a = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode);
    const { studied, session } = await studyEverything(learner.id, a.id, WHILE_OPEN);
    expect(studied.toSorted()).toEqual([...cards, `custom:${written.id}`].toSorted());
    expect(session.assignment).toMatchObject({ total: 3, reviewed: 3 });
  });

  test("a set of sibling cards can be finished in one sitting, siblings spread apart", async () => {
    // The Mediterranean Dialogue's deck: seven country cards of one list, three aims of
    // another, a term card and its reverse. Burying one card a group a day, as the learner's own
    // decks do, left the session "done for now" with cards of the assignment never shown.
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const cards = cardIdsOf("mediterranean-dialogue", 50);
    const set = await makeFlashcardSet(owner, cards);
    const a = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode);
    await db.user.update({ where: { id: learner.id }, data: { newCardsPerDay: 50 } });

    const { studied, session } = await studyEverything(learner.id, a.id, WHILE_OPEN);
    expect([...studied].sort()).toEqual([...cards].sort());
    expect(session.assignment).toMatchObject({ total: cards.length, reviewed: cards.length });
    expect(session.buried).toBe(0);
    expect(session.newLimitReached).toBe(false);
    // No card straight after a sibling: the first of each group come before any second.
    const { flashcardById } = getContentCatalog();
    const keys = studied.map((id) => flashcardById.get(id)?.siblingKey);
    for (let i = 1; i < keys.length; i++)
      if (keys[i] === keys[i - 1]) expect(new Set(keys.slice(0, i)).size).toBe(new Set(keys).size);
  });

  test("reviews before the assignment opened do not count; other cards are refused", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const cards = cardIdsOf("pfp", 3);
    const set = await makeFlashcardSet(owner, cards);
    const a = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode);
    await setDeckStudying(learner.id, "pfp", { studying: true });
    // Reviewed in the ordinary study before the assignment opened.
    unwrap(
      await gradeFlashcard(
        learner.id,
        { cardId: cards[0]!, rating: 3, requestId: randomUUID(), expectedVersion: 0 },
        BEFORE_OPEN,
      ),
    );
    let session = await getStudySession(learner.id, { assignment: a.id }, WHILE_OPEN);
    expect(session.assignment).toMatchObject({ total: 3, reviewed: 0 });

    // A card outside the set cannot be graded as part of it.
    const outside = cardIdsOf("itpp", 1)[0]!;
    expect(
      await gradeFlashcard(
        learner.id,
        {
          cardId: outside,
          rating: 3,
          requestId: randomUUID(),
          expectedVersion: 0,
          assignment: a.id,
        },
        WHILE_OPEN,
      ),
    ).toMatchObject({ ok: false, code: "not_found" });

    const { studied } = await studyEverything(learner.id, a.id, WHILE_OPEN);
    expect(new Set(studied)).toEqual(new Set(cards));
    session = await getStudySession(learner.id, { assignment: a.id }, minutesAfter(WHILE_OPEN, 9));
    expect(session.assignment).toMatchObject({ total: 3, reviewed: 3 });
  });

  test("a non-member, or a learner before it opens, gets no cards and cannot grade", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const cards = cardIdsOf("pfp", 2);
    const set = await makeFlashcardSet(owner, cards);
    const a = await assign(owner, cls.id, set.id);
    const stranger = await makeLearner("stranger");
    const member = await addMember(cls.joinCode);
    for (const [who, at] of [
      [stranger, WHILE_OPEN],
      [member, BEFORE_OPEN],
    ] as const) {
      const session = await getStudySession(who.id, { assignment: a.id }, at);
      expect(session).toMatchObject({ card: null, studying: false, assignment: null });
      expect(
        await gradeFlashcard(
          who.id,
          {
            cardId: cards[0]!,
            rating: 3,
            requestId: randomUUID(),
            expectedVersion: 0,
            assignment: a.id,
          },
          at,
        ),
      ).toMatchObject({ ok: false, code: "not_found" });
    }
  });
});
