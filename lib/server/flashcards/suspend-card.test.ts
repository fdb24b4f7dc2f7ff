import { randomUUID } from "node:crypto";
import { unzipSync } from "fflate";
import initSqlJs from "sql.js";
import { describe, expect, test } from "vitest";
import {
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
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { createCustomCard } from "@/lib/server/interop/custom-cards";
import { ankiStrippedField } from "@/lib/domain/interop/anki-package";
import { exportDeck } from "@/lib/server/interop/export-study-files";
import { getRetentionWorkload } from "@/lib/server/fsrs/get-retention-workload";
import { getProgressDashboard } from "@/lib/server/progress/get-progress-dashboard";
import { browseDeck } from "./browse-deck";
import { getHomeFlashcards } from "./get-home-flashcards";
import { getOfflinePack, getStudySession } from "./get-study-session";
import { gradeFlashcard, recordFlashcardGrade } from "./grade-flashcard";
import { listDecks, setDeckStudying } from "./manage-decks";
import { listSuspendedCards, setCardSuspended } from "./suspend-card";

const NOW = new Date("2026-03-05T10:00:00Z");
const LATER = new Date("2026-03-05T10:20:00Z");
const DECK = "pfp";

/** A learner studying PfP who grades its first two cards Again at NOW (due again in minutes). */
async function learnerWithTwoDueCards(label: string) {
  const learner = await makeLearner(label);
  unwrap(await setDeckStudying(learner.id, DECK, { studying: true }));
  const graded: string[] = [];
  for (let i = 0; i < 2; i++) {
    const card = (await getStudySession(learner.id, { deck: DECK }, NOW)).card!;
    unwrap(
      await gradeFlashcard(
        learner.id,
        { cardId: card.cardId, rating: 1, requestId: randomUUID(), expectedVersion: card.version },
        NOW,
      ),
    );
    graded.push(card.cardId);
  }
  return { learner, graded };
}

/**
 * What the learner's study shows: home's counts, the pack's cards, the deck list's PfP row and
 * the progress page's cards due today.
 */
async function studyView(userId: string) {
  const home = await getHomeFlashcards(userId, LATER);
  const progress = await getProgressDashboard(userId, LATER);
  const pack = await getOfflinePack(userId, DECK, LATER);
  const deck = (await listDecks(userId, LATER)).find((d) => d.deckId === DECK)!;
  return {
    due: home.due,
    newReady: home.newReady,
    packCards: pack.cards.map((c) => c.id),
    deckUnseen: deck.unseen,
    deckDue: deck.dueToday,
    deckSuspended: deck.suspended,
    progressDue: progress.totals.cardsDueToday,
  };
}

describe("suspending a card", () => {
  test("a suspended due card leaves every count and the pack, back when unsuspended", async () => {
    const { learner, graded } = await learnerWithTwoDueCards("suspend-due");
    const before = await studyView(learner.id);
    expect(before).toMatchObject({ due: 2, deckDue: 2, deckSuspended: 0, progressDue: 2 });
    expect(before.packCards).toEqual(expect.arrayContaining(graded));
    const stateBefore = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: learner.id, cardId: graded[0]! } },
    });

    expect(unwrap(await setCardSuspended(learner.id, graded[0]!, { suspended: true }))).toEqual({
      cardId: graded[0],
      suspended: true,
    });
    expect(await listSuspendedCards(learner.id)).toEqual([
      { cardId: graded[0], front: expect.any(String), from: "Partnership for Peace" },
    ]);
    const during = await studyView(learner.id);
    expect(during).toMatchObject({ due: 1, deckDue: 1, deckSuspended: 1, progressDue: 1 });
    expect(during.deckUnseen).toBe(before.deckUnseen);
    expect(during.packCards).not.toContain(graded[0]);
    expect(during.packCards).toContain(graded[1]);
    // The session never shows it: study both due cards' turn and it is the other one.
    const session = await getStudySession(learner.id, { deck: DECK }, LATER);
    expect(session.card?.cardId).toBe(graded[1]);

    unwrap(await setCardSuspended(learner.id, graded[0]!, { suspended: false }));
    expect(await studyView(learner.id)).toEqual(before);
    expect(await listSuspendedCards(learner.id)).toEqual([]);
    // Its schedule was kept throughout.
    expect(
      await db.cardState.findUniqueOrThrow({
        where: { userId_cardId: { userId: learner.id, cardId: graded[0]! } },
      }),
    ).toEqual(stateBefore);
  });

  test("a suspended new card leaves the new cards and the deck's unstudied count", async () => {
    const learner = await makeLearner("suspend-new");
    unwrap(await setDeckStudying(learner.id, DECK, { studying: true }));
    const before = await studyView(learner.id);
    // A card with no sibling: suspending one that has lets its sibling in the same day.
    const { flashcardById } = getContentCatalog();
    const group = (id: string) => flashcardById.get(id)!.siblingKey;
    const newCard = before.packCards.find(
      (id) => before.packCards.filter((other) => group(other) === group(id)).length === 1,
    )!;
    unwrap(await setCardSuspended(learner.id, newCard, { suspended: true }));
    const after = await studyView(learner.id);
    expect(after.packCards).not.toContain(newCard);
    expect(after.deckUnseen).toBe(before.deckUnseen - 1);
    expect(after.deckSuspended).toBe(1);
    // PfP has fewer new cards than the daily limit, so the count of new cards ready drops too.
    expect(before.newReady).toBeLessThan(20);
    expect(after.newReady).toBe(before.newReady - 1);
    // The retention workload simulates the cards studied: one fewer.
    const workload = await getRetentionWorkload(learner.id);
    unwrap(await setCardSuspended(learner.id, newCard, { suspended: false }));
    const restored = await getRetentionWorkload(learner.id);
    expect(workload.cardCount).toBe(restored.cardCount - 1);
  });

  test('"My flashcards": suspended in Anki\'s queue, left out of a term list', async () => {
    const learner = await makeLearner("suspend-export");
    unwrap(await setDeckStudying(learner.id, DECK, { studying: true }));
    // Two cards whose fronts no other card of the deck shows.
    const [first, second] = ["acronym:pfp", "difference:pfp:itpp"];
    unwrap(await setCardSuspended(learner.id, first!, { suspended: true }));
    const caller = { ...learner, timeZone: "UTC" };
    const fronts = (id: string) => getContentCatalog().flashcardById.get(id)!.front;
    const mine = String(unwrap(await exportDeck(caller, "mine", "tsv", NOW)).body);
    expect(mine).not.toContain(fronts(first!));
    expect(mine).toContain(fronts(second!));
    const deck = String(unwrap(await exportDeck(caller, DECK, "tsv", NOW)).body);
    expect(deck).toContain(fronts(first!));
    // The Anki package keeps every card of the deck, the suspended one in queue -1.
    const apkg = unwrap(await exportDeck(caller, "mine", "apkg", NOW)).body as Uint8Array;
    const sql = await initSqlJs();
    const collection = new sql.Database(unzipSync(apkg)["collection.anki2"]);
    const [result] = collection.exec(
      "SELECT n.sfld, c.queue FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id",
    );
    collection.close();
    const queues = new Map(result!.values.map(([front, queue]) => [String(front), queue]));
    const inDeck = getContentCatalog().flashcards.filter((c) => c.deckId === DECK);
    expect(queues.size).toBe(inDeck.length);
    expect(queues.get(ankiStrippedField(fronts(first!)))).toBe(-1);
    expect(queues.get(ankiStrippedField(fronts(second!)))).toBe(0);
  });

  test("the deck browser marks it, standing kept, and leaves it out of the counts", async () => {
    const { learner, graded } = await learnerWithTwoDueCards("suspend-browse");
    const before = unwrap(await browseDeck(learner.id, DECK));
    const fresh = before.cards.find((c) => c.standing === "new")!.cardId;
    unwrap(await setCardSuspended(learner.id, graded[0]!, { suspended: true }));
    unwrap(await setCardSuspended(learner.id, fresh, { suspended: true }));
    const deck = unwrap(await browseDeck(learner.id, DECK));
    expect(deck.suspended).toBe(2);
    const card = deck.cards.find((c) => c.cardId === graded[0])!;
    expect(card).toMatchObject({ suspended: true, standing: "learning", reps: 1 });
    expect(deck.cards.find((c) => c.cardId === fresh)).toMatchObject({
      suspended: true,
      standing: "new",
    });
    expect(new Set(deck.cards.filter((c) => c.suspended).map((c) => c.cardId))).toEqual(
      new Set([graded[0], fresh]),
    );
    // Out of the counts, as the note under them says: one learning and one new card fewer.
    expect(before.counts).toMatchObject({ learning: 2 });
    expect(deck.counts).toEqual({
      ...before.counts,
      new: before.counts.new - 1,
      learning: 1,
    });
    // The same "not yet studied" as the deck list's.
    const listed = (await listDecks(learner.id, NOW)).find((d) => d.deckId === DECK)!;
    expect(deck.counts.new).toBe(listed.unseen);
    expect(listed.suspended).toBe(2);
  });

  test("asking twice leaves it as asked; unsuspending a card never suspended is fine", async () => {
    const learner = await makeLearner("suspend-twice");
    const [cardId] = cardIdsOf(DECK, 1);
    for (let i = 0; i < 2; i++) {
      unwrap(await setCardSuspended(learner.id, cardId!, { suspended: true }));
      expect(await db.cardSuspension.findMany({ where: { userId: learner.id } })).toHaveLength(1);
    }
    for (let i = 0; i < 2; i++) {
      unwrap(await setCardSuspended(learner.id, cardId!, { suspended: false }));
      expect(await db.cardSuspension.count({ where: { userId: learner.id } })).toBe(0);
    }
  });

  test("one learner's suspension leaves another's study alone", async () => {
    const { learner, graded } = await learnerWithTwoDueCards("suspend-mine");
    const { learner: other, graded: otherGraded } = await learnerWithTwoDueCards("suspend-other");
    expect(otherGraded).toEqual(graded);
    unwrap(await setCardSuspended(learner.id, graded[0]!, { suspended: true }));
    expect((await studyView(other.id)).due).toBe(2);
    expect((await studyView(learner.id)).due).toBe(1);
  });

  test("an unknown card or a body without yes or no is refused, nothing written", async () => {
    const learner = await makeLearner("suspend-refused");
    const [cardId] = cardIdsOf(DECK, 1);
    expect(
      await setCardSuspended(learner.id, "pfp:no-such-card", { suspended: true }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await setCardSuspended(learner.id, "custom:x", { suspended: true })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    for (const body of [{}, { suspended: "yes" }, { suspended: true, extra: 1 }, null]) {
      expect(await setCardSuspended(learner.id, cardId!, body)).toMatchObject({
        ok: false,
        code: "invalid",
      });
    }
    expect(await db.cardSuspension.count({ where: { userId: learner.id } })).toBe(0);
  });

  test("a grade of a suspended card still counts (made before it was suspended)", async () => {
    const { learner, graded } = await learnerWithTwoDueCards("suspend-grade");
    unwrap(await setCardSuspended(learner.id, graded[0]!, { suspended: true }));
    unwrap(await setCardSuspended(learner.id, graded[1]!, { suspended: true }));
    const states = await db.cardState.findMany({
      where: { userId: learner.id },
      orderBy: { cardId: "asc" },
    });
    const versionOf = (id: string) => states.find((s) => s.cardId === id)!.version;
    const grade = (cardId: string) => ({
      cardId,
      rating: 3,
      requestId: randomUUID(),
      expectedVersion: versionOf(cardId),
      deck: DECK,
    });
    expect((await gradeFlashcard(learner.id, grade(graded[0]!), LATER)).ok).toBe(true);
    expect((await recordFlashcardGrade(learner.id, grade(graded[1]!), LATER)).ok).toBe(true);
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(4);
  });

  test("a card an instructor wrote leaves the learner's decks, not the assignment", async () => {
    const owner = await makeInstructor("suspend-writer");
    const cls = await makeClass(owner);
    const set = await makeFlashcardSet(owner, cardIdsOf(DECK, 1));
    const { id } = unwrap(await createCustomCard(owner, set.id, { front: "W", back: "W back" }));
    const written = `custom:${id}`;
    const assignment = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode, "suspend-written");
    unwrap(await setDeckStudying(learner.id, "all", { studying: true }));
    const ownCards = async () =>
      (await getOfflinePack(learner.id, undefined, WHILE_OPEN)).cards.map((c) => c.id);
    expect(await ownCards()).toContain(written);
    unwrap(await setCardSuspended(learner.id, written, { suspended: true }, WHILE_OPEN));
    expect(await ownCards()).not.toContain(written);
    expect(await listSuspendedCards(learner.id, WHILE_OPEN)).toEqual([
      { cardId: written, front: "W", from: "Cards" },
    ]);
    const session = await getStudySession(learner.id, { assignment: assignment.id }, WHILE_OPEN);
    expect(session.counts.new).toBe(2);
    // Another learner cannot suspend it: it is not theirs to see.
    const stranger = await makeLearner("suspend-stranger");
    const refused = await setCardSuspended(stranger.id, written, { suspended: true }, WHILE_OPEN);
    expect(refused).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  test("an assignment that asks for the card still shows it", async () => {
    const owner = await makeInstructor("suspend-owner");
    const cls = await makeClass(owner);
    const cardIds = cardIdsOf(DECK, 2);
    const set = await makeFlashcardSet(owner, cardIds);
    const assignment = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode, "suspend-assigned");
    unwrap(await setCardSuspended(learner.id, cardIds[0]!, { suspended: true }));
    const session = await getStudySession(learner.id, { assignment: assignment.id }, WHILE_OPEN);
    expect(session.counts.new).toBe(2);
    // In the learner's own decks (all of them, as "Start studying" gives) it is left out.
    unwrap(await setDeckStudying(learner.id, "all", { studying: true }));
    const own = await getOfflinePack(learner.id, DECK, WHILE_OPEN);
    expect(own.cards.map((c) => c.id)).not.toContain(cardIds[0]);
    expect(own.cards.map((c) => c.id)).toContain(cardIds[1]);
  });
});
