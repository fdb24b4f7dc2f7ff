// The home page's flashcard tile counts what study will offer: the cards instructors wrote into
// sets assigned to the learner included, whether or not the learner studies a deck yet. Only the
// session of the instructor writing cards is stood in for; the database is real.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test, vi } from "vitest";
import * as setCards from "@/app/api/sets/[setId]/cards/route";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import {
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  WHILE_OPEN,
  type TestUser,
} from "@/lib/server/classes/test-fixtures";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { type RouteHandler as Handler, signIn } from "@/test/fake-session";
import { getHomeFlashcards } from "./get-home-flashcards";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";
import { updateStudySettings } from "./update-study-settings";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));

const WRITTEN = ["Written front one", "Written front two"];
const DECK = getContentCatalog().pack.programmes[0]!.id;

let owner: TestUser;
let joinCode: string;

beforeAll(async () => {
  owner = await makeInstructor("home-tile-owner");
  const setId = (await makeFlashcardSet(owner, cardIdsOf(DECK, 1))).id;
  signIn(owner);
  for (const front of WRITTEN) {
    const request = new Request(`http://localhost/api/sets/${setId}/cards`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify({ front, back: "Written back" }),
    });
    const res = await (setCards.POST as Handler)(request, { params: Promise.resolve({ setId }) });
    expect(res.status).toBe(201);
  }
  const cls = await makeClass(owner);
  joinCode = cls.joinCode;
  await assign(owner, cls.id, setId);
});

/** A member of the class, with a daily limit above every card there is (nothing is cut). */
async function member(label: string) {
  const user = await addMember(joinCode, label);
  const saved = await updateStudySettings(user.id, {
    newCardsPerDay: 500,
    maxReviewsPerDay: 5000,
    desiredRetention: 0.9,
    timeZone: "UTC",
  });
  expect(saved.ok).toBe(true);
  return user;
}

/** New content cards a day can hold: one per sibling group (a card and its reverse...). */
const contentCards = (deck?: string) =>
  new Set(
    getContentCatalog()
      .flashcards.filter((c) => deck === undefined || c.deckId === deck)
      .map((c) => c.siblingKey ?? c.id),
  ).size;

describe("the home flashcard tile", () => {
  test("a learner who studies no deck is offered the written cards with every deck", async () => {
    const learner = await member("home-tile-new");
    const tile = await getHomeFlashcards(learner.id, WHILE_OPEN);
    expect(tile).toEqual({
      studying: false,
      due: 0,
      newReady: contentCards() + WRITTEN.length,
    });
    // "Start studying" adds every deck: the session then offers exactly what the tile said.
    expect((await setDeckStudying(learner.id, ALL_DECKS, { studying: true })).ok).toBe(true);
    const session = await getStudySession(learner.id, undefined, WHILE_OPEN);
    expect(session.counts.new).toBe(tile.newReady);
    expect(await getHomeFlashcards(learner.id, WHILE_OPEN)).toEqual({ ...tile, studying: true });
  });

  test("a learner who studies one deck counts its cards and the written ones", async () => {
    const learner = await member("home-tile-deck");
    expect((await setDeckStudying(learner.id, DECK, { studying: true })).ok).toBe(true);
    expect(await getHomeFlashcards(learner.id, WHILE_OPEN)).toEqual({
      studying: true,
      due: 0,
      newReady: contentCards(DECK) + WRITTEN.length,
    });
  });

  test("a written card studied once is no longer new but due for learning", async () => {
    const learner = await member("home-tile-seen");
    const session = await getStudySession(learner.id, undefined, WHILE_OPEN);
    const written = session.card;
    expect(written?.writtenByInstructor).toBe(true);
    const graded = await gradeFlashcard(
      learner.id,
      { cardId: written!.cardId, rating: 1, requestId: randomUUID(), expectedVersion: 0 },
      WHILE_OPEN,
    );
    expect(graded.ok).toBe(true);
    expect(await getHomeFlashcards(learner.id, WHILE_OPEN)).toEqual({
      studying: false,
      due: 1,
      newReady: contentCards() + WRITTEN.length - 1,
    });
  });
});
