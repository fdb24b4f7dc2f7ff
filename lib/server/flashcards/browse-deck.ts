import "server-only";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { deckName } from "./get-study-session";
import { knownDeck } from "./manage-decks";

/** Where a card stands for the learner: FSRS's states, "new" for a card never reviewed. */
export type CardStanding = "new" | "learning" | "review" | "relearning";

const STANDINGS: Record<number, CardStanding> = {
  0: "new",
  1: "learning",
  2: "review",
  3: "relearning",
};

export type BrowsedCard = {
  cardId: string;
  front: string;
  back: string;
  standing: CardStanding;
  /** Null for a new card. */
  due: Date | null;
  reps: number;
  lapses: number;
  /** Suspended by the learner: out of their study until unsuspended (its standing is kept). */
  suspended: boolean;
};

export type BrowsedDeck = {
  deckId: string;
  name: string;
  /** In the learner's study (this deck or "All programmes"). */
  studying: boolean;
  cards: BrowsedCard[];
  /**
   * Cards by standing, suspended cards left out (as on the deck list, and as Anki leaves them
   * out of its New and Due counts), and how many are suspended.
   */
  counts: Record<CardStanding, number>;
  suspended: number;
};

/**
 * A deck's cards, in content order, each with where it stands for this learner (read from the
 * card states the scheduler keeps, so a due date here is the one study uses).
 */
export async function browseDeck(
  userId: string,
  deckId: string,
): Promise<ServiceResult<BrowsedDeck>> {
  if (!knownDeck(deckId)) return fail("not_found", "There is no such deck.");
  const cards = getContentCatalog().flashcards.filter(
    (c) => deckId === ALL_DECKS || c.deckId === deckId,
  );
  const ids = cards.map((c) => c.id);
  const [states, subscriptions, suspensions] = await Promise.all([
    db.cardState.findMany({
      where: { userId, cardId: { in: ids } },
      select: { cardId: true, state: true, due: true, reps: true, lapses: true },
    }),
    db.deckSubscription.findMany({
      where: { userId, deckId: { in: [deckId, ALL_DECKS] } },
      select: { deckId: true },
    }),
    db.cardSuspension.findMany({
      where: { userId, cardId: { in: ids } },
      select: { cardId: true },
    }),
  ]);
  const suspended = new Set(suspensions.map((s) => s.cardId));
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  const counts: Record<CardStanding, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  const browsed = cards.map((card): BrowsedCard => {
    const state = stateOf.get(card.id);
    const standing = STANDINGS[state?.state ?? 0] ?? "new";
    if (!suspended.has(card.id)) counts[standing] += 1;
    return {
      cardId: card.id,
      front: card.front,
      back: card.back,
      standing,
      due: state && standing !== "new" ? state.due : null,
      reps: state?.reps ?? 0,
      lapses: state?.lapses ?? 0,
      suspended: suspended.has(card.id),
    };
  });
  // As on the deck list: studying "All programmes" studies every deck.
  const studying = subscriptions.length > 0;
  return ok({
    deckId,
    name: deckName(deckId),
    studying,
    cards: browsed,
    counts,
    suspended: suspended.size,
  });
}
