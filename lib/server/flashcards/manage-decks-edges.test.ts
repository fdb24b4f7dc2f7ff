// The edges of the deck list, of studying a deck and of "study more", each pinned by what the
// learner gets back and what is stored: per-deck counts of unseen and due cards (only this
// learner's, due before the end of today, never new), which decks are listed and studied, the
// exact refusals, an unsubscribe that touches one row, and the extra new cards of one day. Each
// test kills mutants Stryker left alive in manage-decks.ts. Against a real PostgreSQL.
import { describe, expect, test } from "vitest";
import { cardIdsOf } from "@/lib/server/classes/test-fixtures";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { listDecks, setDeckStudying, studyMore, STUDY_MORE_CARDS } from "./manage-decks";

const t0 = new Date("2026-03-10T09:00:00Z");
// The end of 10 March in UTC, the new accounts' time zone.
const endOfDay = new Date("2026-03-11T00:00:00Z");

/** A card state row as a grade would leave it, with the state and due time chosen here. */
function cardState(userId: string, deckId: string, cardId: string, state: number, due: Date) {
  return db.cardState.create({
    data: {
      userId,
      cardId,
      deckId,
      due,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: state === 0 ? 0 : 1,
      lapses: 0,
      state,
    },
  });
}

const subscriptionsOf = async (userId: string) =>
  (await db.deckSubscription.findMany({ where: { userId }, select: { deckId: true } }))
    .map((s) => s.deckId)
    .sort();

const deckCards = (deckId: string) =>
  getContentCatalog().flashcards.filter((c) => c.deckId === deckId).length;

describe("the deck list", () => {
  test("counts this learner's cards per deck, due before the end of today, not new", async () => {
    const user = await makeUser("decks-edge-counts");
    const other = await makeUser("decks-edge-other");
    const [p1, p2, p3, p4] = cardIdsOf("pfp", 4);
    const [i1] = cardIdsOf("itpp", 1);
    await cardState(user.id, "pfp", p1!, 2, new Date(t0.getTime() - 3_600_000)); // due
    await cardState(user.id, "pfp", p2!, 1, new Date(endOfDay.getTime() - 1)); // due, last ms
    await cardState(user.id, "pfp", p3!, 2, endOfDay); // due tomorrow
    await cardState(user.id, "pfp", p4!, 0, t0); // seen but still new: never "due"
    await cardState(user.id, "itpp", i1!, 3, t0); // relearning, due
    // Another learner's rows, due and in the same deck, count for them only.
    await cardState(other.id, "pfp", p1!, 2, t0);
    await cardState(other.id, "pfp", p2!, 2, t0);
    await setDeckStudying(other.id, "all", { studying: true });
    await setDeckStudying(user.id, "itpp", { studying: true });

    const decks = await listDecks(user.id, t0);
    const byId = new Map(decks.map((d) => [d.deckId, d]));
    const total = getContentCatalog().flashcards.length;
    expect(byId.get("all")).toEqual({
      deckId: "all",
      name: "All programmes",
      cards: total,
      studying: false,
      unseen: total - 5,
      dueToday: 3,
      suspended: 0,
    });
    expect(byId.get("pfp")).toMatchObject({
      cards: deckCards("pfp"),
      studying: false,
      unseen: deckCards("pfp") - 4,
      dueToday: 2,
    });
    expect(byId.get("itpp")).toMatchObject({
      cards: deckCards("itpp"),
      studying: true,
      unseen: deckCards("itpp") - 1,
      dueToday: 1,
    });
    for (const deck of decks.filter((d) => !["all", "pfp", "itpp"].includes(d.deckId))) {
      expect(deck).toMatchObject({ studying: false, unseen: deck.cards, dueToday: 0 });
    }
  });

  test("lists 'all' first, then exactly the programmes that have cards", async () => {
    const user = await makeUser("decks-edge-list");
    const decks = await listDecks(user.id, t0);
    expect(decks[0]?.deckId).toBe("all");
    const withCards = new Set(getContentCatalog().flashcards.map((c) => c.deckId));
    expect(new Set(decks.slice(1).map((d) => d.deckId))).toEqual(withCards);
    expect(decks.slice(1).every((d) => d.cards > 0)).toBe(true);
  });
});

describe("studying a deck", () => {
  test("a body without a yes or no is refused, and nothing is stored", async () => {
    const user = await makeUser("decks-edge-invalid");
    const refusal = {
      ok: false,
      code: "invalid",
      error: "Say whether to study the deck.",
    };
    expect(await setDeckStudying(user.id, "pfp", {})).toEqual(refusal);
    expect(await setDeckStudying(user.id, "pfp", { studying: "yes" })).toEqual(refusal);
    expect(await subscriptionsOf(user.id)).toEqual([]);
  });

  test("an unknown deck is refused in words, and nothing is stored", async () => {
    const user = await makeUser("decks-edge-unknown");
    expect(await setDeckStudying(user.id, "no-such-deck", { studying: true })).toEqual({
      ok: false,
      code: "not_found",
      error: "There is no such deck.",
    });
    expect(await subscriptionsOf(user.id)).toEqual([]);
  });

  test("taking a deck out removes that one row of this learner's only", async () => {
    const user = await makeUser("decks-edge-leave");
    const other = await makeUser("decks-edge-stay");
    expect(await setDeckStudying(user.id, "pfp", { studying: true })).toEqual({
      ok: true,
      data: { deckId: "pfp", studying: true },
    });
    await setDeckStudying(user.id, "itpp", { studying: true });
    await setDeckStudying(other.id, "pfp", { studying: true });

    expect(await setDeckStudying(user.id, "pfp", { studying: false })).toEqual({
      ok: true,
      data: { deckId: "pfp", studying: false },
    });
    expect(await subscriptionsOf(user.id)).toEqual(["itpp"]);
    expect(await subscriptionsOf(other.id)).toEqual(["pfp"]);
  });
});

describe("study more", () => {
  const extraOf = (userId: string) =>
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { extraNewCards: true, extraNewCardsDay: true },
    });

  test("an unknown deck is refused and grants nothing", async () => {
    const user = await makeUser("decks-edge-more-bad");
    expect(await studyMore(user.id, { deck: "Not a deck!" }, t0)).toEqual({
      ok: false,
      code: "invalid",
      error: "Unknown deck.",
    });
    expect(await extraOf(user.id)).toEqual({ extraNewCards: 0, extraNewCardsDay: null });
  });

  test("no body studies all decks; a deck scope is kept", async () => {
    const user = await makeUser("decks-edge-more-scope");
    await setDeckStudying(user.id, "all", { studying: true });
    const all = await studyMore(user.id, undefined, t0);
    expect(all).toMatchObject({ ok: true, data: { deck: null } });
    const itpp = await studyMore(user.id, { deck: "itpp" }, t0);
    expect(itpp).toMatchObject({ ok: true, data: { deck: "itpp" } });
    expect(itpp.ok && itpp.data.card?.deckId).toBe("itpp");
  });

  test("the extra cards add up within a day and start again the next day", async () => {
    const user = await makeUser("decks-edge-more-days");
    await studyMore(user.id, {}, t0);
    expect(await extraOf(user.id)).toEqual({
      extraNewCards: STUDY_MORE_CARDS,
      extraNewCardsDay: "2026-03-10",
    });
    await studyMore(user.id, {}, new Date("2026-03-10T23:59:59Z"));
    expect(await extraOf(user.id)).toEqual({
      extraNewCards: 2 * STUDY_MORE_CARDS,
      extraNewCardsDay: "2026-03-10",
    });
    await studyMore(user.id, {}, new Date("2026-03-11T08:00:00Z"));
    expect(await extraOf(user.id)).toEqual({
      extraNewCards: STUDY_MORE_CARDS,
      extraNewCardsDay: "2026-03-11",
    });
  });
});
