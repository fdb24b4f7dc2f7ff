// Survivors of the mutation run over get-study-session.ts (what a study request covers and
// shows): each test names the lines it kills. Against a real PostgreSQL; each was seen failing
// with the mutants it names applied by hand.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import {
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  minutesAfter,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { createFlashcardSet } from "@/lib/server/classes/create-flashcard-set";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { createCustomCard } from "@/lib/server/interop/custom-cards";
import { gradeFlashcard } from "./grade-flashcard";
import {
  getCardsInScope,
  getOfflinePack,
  getScopedCards,
  getStudySession,
  getStudySessionAndPack,
  getStudySettings,
  getWrittenCards,
  loadStudyScope,
} from "./get-study-session";
import { setDeckStudying } from "./manage-decks";

const catalog = () => getContentCatalog();
const programmeName = (id: string) => catalog().index.programmeById.get(id)!.name;
const OTHER = () => catalog().pack.programmes.find((p) => p.id !== "pfp")!.id;
const idsOf = (cards: { id: string }[]) => cards.map((c) => c.id);
const deckIds = (deck: string) =>
  catalog()
    .flashcards.filter((c) => c.deckId === deck)
    .map((c) => c.id);

/** A class of one learner with a flashcard set assigned (open at WHILE_OPEN) holding one
 * content card of PfP and two cards its instructor wrote. */
async function classWithWrittenCards() {
  const owner = await makeInstructor("written-owner");
  const cls = await makeClass(owner);
  const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 1));
  const written: string[] = [];
  for (const front of ["W one", "W two"]) {
    const { id } = unwrap(await createCustomCard(owner, set.id, { front, back: `${front} back` }));
    written.push(`custom:${id}`);
  }
  const assignment = await assign(owner, cls.id, set.id);
  const learner = await addMember(cls.joinCode, "written-learner");
  return { owner, cls, set, assignment, learner, written };
}

describe("the cards instructors wrote, as study reads them", () => {
  // Lines 91 (`opensAt: { lte: now }` made `{}`: a set assigned later shows early), 97 (the
  // order made `[]`, or either of its keys `{}`), 98:32 (`setId: false`), 98:57 (`back: false`),
  // 102 (deck id ""), 103 (kind ""), 107 and 110 (sources and fact ids not empty), 108 (scope "")
  // and 109 (`beyondSource: true`).
  test("each card in full, by set then position, once its assignment has opened", async () => {
    const owner = await makeInstructor("written-order");
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode, "written-reader");
    const sets = [];
    for (const name of ["Set one", "Set two"])
      sets.push(unwrap(await createFlashcardSet(owner, { name, cardIds: cardIdsOf("pfp", 1) })));
    const [low, high] = [...sets].sort((a, b) => (a.id < b.id ? -1 : 1)) as [
      (typeof sets)[number],
      (typeof sets)[number],
    ];
    // Written in the order neither key gives: the later set first, and each set's cards then
    // moved so that the table's order is not the positions' (an UPDATE writes a new row version
    // at the table's end); the later set's positions are lower than the earlier set's.
    const card = async (setId: string, front: string) =>
      unwrap(await createCustomCard(owner, setId, { front, back: `${front} back` })).id;
    const h1 = await card(high.id, "H first");
    const h2 = await card(high.id, "H second");
    const l1 = await card(low.id, "L first");
    const l2 = await card(low.id, "L second");
    for (const [id, position] of [
      [h1, 1],
      [h2, 0],
      [l1, 6],
      [l2, 5],
    ] as const)
      await db.customCard.update({ where: { id }, data: { position } });
    await assign(owner, cls.id, high.id);
    await assign(owner, cls.id, low.id);
    // A third set, assigned to open only after `now`: not yet studied.
    const later = unwrap(
      await createFlashcardSet(owner, { name: "Later", cardIds: cardIdsOf("pfp", 1) }),
    );
    await card(later.id, "Not yet");
    await assign(owner, cls.id, later.id, {
      opensAt: "2026-03-20T08:00",
      dueAt: "2026-03-27T17:00",
    });

    const expected = (id: string, setId: string, front: string, setName: string) => ({
      id: `custom:${id}`,
      deckId: `set-${setId}`,
      kind: "term-meaning",
      front,
      back: `${front} back`,
      siblingKey: `custom:${id}`,
      sources: [],
      scope: "background",
      beyondSource: false,
      factIds: [],
      writtenBy: "instructor",
      setName,
    });
    expect(await getWrittenCards(learner.id, WHILE_OPEN)).toStrictEqual([
      expected(l2, low.id, "L second", low.name),
      expected(l1, low.id, "L first", low.name),
      expected(h2, high.id, "H second", high.name),
      expected(h1, high.id, "H first", high.name),
    ]);
  });
});

describe("which cards a scope covers", () => {
  // Lines 143 (written cards kept for one deck, or dropped for "all"), 145 (`studying` made
  // true for a deck not studied), 146 ("all" filtered as if it were a deck id) and 152
  // (`decks.size > 0` made false: a learner with decks and no written cards not studying).
  test("written cards join 'all' and 'your decks', never one deck", async () => {
    const { learner, written } = await classWithWrittenCards();
    await setDeckStudying(learner.id, "pfp", { studying: true });
    const scoped = async (scope: { deck?: string }) => {
      const { cards, studying } = await getScopedCards(learner.id, scope, WHILE_OPEN);
      return { cards: idsOf(cards), studying };
    };
    expect(await scoped({})).toEqual({ cards: [...deckIds("pfp"), ...written], studying: true });
    expect(await scoped({ deck: "pfp" })).toEqual({ cards: deckIds("pfp"), studying: true });
    // "all" is a deck this learner does not study: nothing, written cards included.
    expect(await scoped({ deck: ALL_DECKS })).toEqual({ cards: [], studying: false });
    expect(await scoped({ deck: OTHER() })).toEqual({ cards: [], studying: false });

    await setDeckStudying(learner.id, ALL_DECKS, { studying: true });
    const everything = [...idsOf(catalog().flashcards), ...written];
    expect(await scoped({ deck: ALL_DECKS })).toEqual({ cards: everything, studying: true });
    expect(await scoped({})).toEqual({ cards: everything, studying: true });
  });

  test("a learner with decks and no written cards studies them", async () => {
    const learner = await makeLearner("decks-only");
    await setDeckStudying(learner.id, OTHER(), { studying: true });
    const { cards, studying } = await getScopedCards(learner.id, {}, WHILE_OPEN);
    expect({ cards: idsOf(cards), studying }).toEqual({ cards: deckIds(OTHER()), studying: true });
  });

  // Line 162 (the written cards read for no deck or "all": the condition made false, `&&`,
  // `deck !== undefined` or `deck !== ALL_DECKS`). Its `: []` branch and the condition made
  // true are equivalent: for one deck, cardsInScope drops the written cards whatever is read.
  test("getCardsInScope adds the written cards for no deck and for 'all'", async () => {
    const { learner, written } = await classWithWrittenCards();
    await setDeckStudying(learner.id, "pfp", { studying: true });
    expect(idsOf((await getCardsInScope(learner.id, undefined)).cards)).toEqual([
      ...deckIds("pfp"),
      ...written,
    ]);
    await setDeckStudying(learner.id, ALL_DECKS, { studying: true });
    expect(idsOf((await getCardsInScope(learner.id, ALL_DECKS)).cards)).toEqual([
      ...idsOf(catalog().flashcards),
      ...written,
    ]);
    expect(idsOf((await getCardsInScope(learner.id, "pfp")).cards)).toEqual(deckIds("pfp"));
  });

  // Lines 186 (the written cards' map made empty), 187 and 189 (a set's card no longer in the
  // content kept as undefined) and 190 (`studying: false`).
  test("an assignment covers exactly its set: content and written cards, none gone", async () => {
    const { set, assignment, learner, written } = await classWithWrittenCards();
    const [content] = cardIdsOf("pfp", 1);
    await db.studySet.update({
      where: { id: set.id },
      data: { cardIds: [content!, "pfp-card-removed-since"] },
    });
    const scoped = await getScopedCards(learner.id, { assignment: assignment.id }, WHILE_OPEN);
    expect({ cards: idsOf(scoped.cards), studying: scoped.studying }).toEqual({
      cards: [content, ...written],
      studying: true,
    });
    expect(scoped.plan?.assignmentId).toBe(assignment.id);
  });

  // Lines 187 and 189 (the filter of cards not found dropped, or made true): a grade passes the
  // scope it read before; a card written into the set since is in the assignment's plan and
  // not in that scope, and is left out rather than kept as undefined.
  test("a card written after the scope was read is left out, not kept undefined", async () => {
    const { owner, set, assignment, learner, written } = await classWithWrittenCards();
    const scope = await loadStudyScope(learner.id, WHILE_OPEN);
    const { id } = unwrap(await createCustomCard(owner, set.id, { front: "New", back: "Card" }));
    const scoped = await getScopedCards(
      learner.id,
      { assignment: assignment.id },
      WHILE_OPEN,
      scope,
    );
    expect(scoped.plan?.cardIds).toEqual([...cardIdsOf("pfp", 1), ...written, `custom:${id}`]);
    expect(idsOf(scoped.cards)).toEqual([...cardIdsOf("pfp", 1), ...written]);
  });

  // Line 384 (`{ deck }` made `{}`: the offline pack of one deck held every deck studied).
  test("the offline pack of one deck holds that deck's cards", async () => {
    const learner = await makeLearner("pack-deck");
    await setDeckStudying(learner.id, "pfp", { studying: true });
    await setDeckStudying(learner.id, OTHER(), { studying: true });
    const pack = await getOfflinePack(learner.id, OTHER(), WHILE_OPEN);
    expect([pack.deck, pack.deckName]).toEqual([OTHER(), programmeName(OTHER())]);
    expect(idsOf(pack.cards)).toEqual(deckIds(OTHER()));
  });
});

describe("what the study screen shows", () => {
  // Lines 67 (every deck named "All programmes"), 68 (`?? deckId` made `&&`; `?.name` made
  // `.name`, which throws for an unknown deck) and 75 (`isWritten` made true: a content card
  // shown as written by an instructor, under no name).
  test("decks and cards by their programme's name, an unknown deck by its id", async () => {
    const learner = await makeLearner("deck-names");
    await setDeckStudying(learner.id, "pfp", { studying: true });
    const session = await getStudySession(learner.id, "pfp", WHILE_OPEN);
    expect(session.deckName).toBe(programmeName("pfp"));
    expect(session.card).toMatchObject({ deckName: programmeName("pfp") });
    expect(session.card!.writtenByInstructor).toBe(false);
    const { pack } = await getStudySessionAndPack(learner.id, undefined, WHILE_OPEN);
    expect(new Set(pack.cards.map((c) => [c.deckName, c.writtenByInstructor].join()))).toEqual(
      new Set([`${programmeName("pfp")},false`]),
    );
    expect(programmeName("pfp")).not.toBe("pfp");

    const unknown = await getStudySession(learner.id, "no-such-deck", WHILE_OPEN);
    expect([unknown.deckName, unknown.studying, unknown.card]).toEqual([
      "no-such-deck",
      false,
      null,
    ]);
  });

  // Line 216 (`g.state === state` made true: every count took the first group's).
  test("today's new and review counts are counted apart", async () => {
    const learner = await makeLearner("today-counts");
    await setDeckStudying(learner.id, "pfp", { studying: true });
    for (const state of [0, 0, 2])
      await db.reviewLog.create({
        data: {
          userId: learner.id,
          cardId: `gone-${randomUUID()}`,
          deckId: "pfp",
          rating: 3,
          state,
          due: WHILE_OPEN,
          stability: 1,
          difficulty: 5,
          elapsedDays: 0,
          lastElapsedDays: 0,
          scheduledDays: 1,
          learningSteps: 0,
          review: minutesAfter(WHILE_OPEN, -30),
          durationMs: 1000,
          requestId: randomUUID(),
        },
      });
    const { pack } = await getStudySessionAndPack(learner.id, "pfp", WHILE_OPEN);
    expect([pack.newStudiedToday, pack.reviewsDoneToday]).toEqual([2, 1]);
  });

  // Line 271 (`isNew` made true, or the stored state's `=== 0` made false or `!==`).
  test("a card is new while its stored state is New, and not once it is in review", async () => {
    const learner = await makeLearner("is-new");
    await setDeckStudying(learner.id, "pfp", { studying: true });
    await db.user.update({ where: { id: learner.id }, data: { newCardsPerDay: 1 } });
    const first = (await getStudySession(learner.id, "pfp", WHILE_OPEN)).card!;
    expect(first.isNew).toBe(true);
    const graded = await gradeFlashcard(
      learner.id,
      { cardId: first.cardId, rating: 4, requestId: randomUUID(), expectedVersion: 0 },
      WHILE_OPEN,
    );
    expect(graded.ok).toBe(true);
    const row = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: learner.id, cardId: first.cardId } },
    });
    expect(row.state).toBe(2);
    // Due again later, with the day's single new card spent: the review card comes next.
    const due = new Date(row.due.getTime() + 60_000);
    const review = (await getStudySession(learner.id, "pfp", due)).card!;
    expect([review.cardId, review.isNew]).toEqual([first.cardId, false]);
    // A stored state of New (state 0) is still a new card.
    await db.cardState.update({
      where: { userId_cardId: { userId: learner.id, cardId: first.cardId } },
      data: { state: 0 },
    });
    const stored = (await getStudySession(learner.id, "pfp", due)).card!;
    expect([stored.cardId, stored.isNew]).toEqual([first.cardId, true]);
  });

  // Line 277 (`!states.has` made `states.has`: unseen cards counted as the seen ones).
  test("the new-card limit is reached while unseen cards remain", async () => {
    const learner = await makeLearner("new-limit");
    await setDeckStudying(learner.id, "pfp", { studying: true });
    await db.user.update({ where: { id: learner.id }, data: { newCardsPerDay: 0 } });
    const session = await getStudySession(learner.id, "pfp", WHILE_OPEN);
    expect([session.card, session.newLimitReached]).toEqual([null, true]);
  });

  // Line 62 (the message of a missing user made "").
  test("settings of a user that does not exist: an error naming the id", async () => {
    await expect(getStudySettings("no-such-user")).rejects.toThrow(
      new Error("No user no-such-user"),
    );
  });
});
