import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { makeLearner, unwrap } from "@/lib/server/classes/test-fixtures";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { browseDeck } from "./browse-deck";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";

const NOW = new Date("2026-03-05T10:00:00Z");

/** The learner grades the first card of the deck, Good, at NOW; returns its id. */
async function gradeOne(userId: string, deckId: string, rating = 3) {
  unwrap(await setDeckStudying(userId, deckId, { studying: true }));
  const session = await getStudySession(userId, { deck: deckId }, NOW);
  const card = session.card!;
  unwrap(
    await gradeFlashcard(
      userId,
      { cardId: card.cardId, rating, requestId: randomUUID(), expectedVersion: card.version },
      NOW,
    ),
  );
  return card.cardId;
}

describe("browsing a deck", () => {
  test("every card in content order, the graded one with the state study keeps", async () => {
    const learner = await makeLearner("browser");
    const graded = await gradeOne(learner.id, "pfp");
    const deck = unwrap(await browseDeck(learner.id, "pfp"));
    const content = getContentCatalog().flashcards.filter((c) => c.deckId === "pfp");
    expect(deck).toMatchObject({ name: "Partnership for Peace", studying: true });
    expect(deck.cards.map((c) => [c.cardId, c.front, c.back])).toEqual(
      content.map((c) => [c.id, c.front, c.back]),
    );
    const state = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: learner.id, cardId: graded } },
    });
    expect(deck.cards.find((c) => c.cardId === graded)).toMatchObject({
      standing: "learning",
      due: state.due,
      reps: 1,
      lapses: 0,
    });
    expect(state.due.getTime() - NOW.getTime()).toBe(10 * 60_000);
    expect(deck.cards.filter((c) => c.cardId !== graded).every((c) => c.standing === "new")).toBe(
      true,
    );
    expect(deck.counts).toEqual({
      new: content.length - 1,
      learning: 1,
      review: 0,
      relearning: 0,
    });
    // "All programmes" holds it too.
    const all = unwrap(await browseDeck(learner.id, "all"));
    expect(all.cards).toHaveLength(getContentCatalog().flashcards.length);
    // Studying one deck is not studying them all; studying all studies every deck.
    expect(all.studying).toBe(false);
    unwrap(await setDeckStudying(learner.id, "all", { studying: true }));
    expect(unwrap(await browseDeck(learner.id, "itpp")).studying).toBe(true);
    expect(all.counts.learning).toBe(1);
  });

  test("a card graded Easy is in review; another learner's states are not read", async () => {
    const learner = await makeLearner("easy");
    const graded = await gradeOne(learner.id, "itpp", 4);
    expect(
      unwrap(await browseDeck(learner.id, "itpp")).cards.find((c) => c.cardId === graded),
    ).toMatchObject({ standing: "review", reps: 1 });
    const other = await makeLearner("other");
    expect(unwrap(await browseDeck(other.id, "itpp")).counts).toMatchObject({
      learning: 0,
      review: 0,
    });
  });

  test("an unknown deck is not found", async () => {
    const learner = await makeLearner("lost");
    expect(await browseDeck(learner.id, "no-such-deck")).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });
});
