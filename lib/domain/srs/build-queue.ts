/**
 * Today's study queue, Anki-style: cards in (re)learning that are due first (their steps are
 * minutes apart), then review cards due by the end of the learner's day (up to the daily
 * review limit), then new cards in deck order (up to the daily new-card limit). When nothing
 * else is left, learning cards due within the next 20 minutes are shown early rather than
 * making the learner wait ("learn ahead").
 * Siblings (cards with the same `siblingKey`: a card and its reverse, the cards of one list) are
 * never studied on the same day, as Anki buries siblings: once a card was reviewed today, its
 * siblings' new and review cards wait for tomorrow, and of siblings due together only the first
 * (reviews before new cards, then due time or deck order) is queued. Cards in (re)learning are
 * never buried: their steps are minutes apart and belong to the card already started.
 * A flashcard assignment's session buries nothing (`burySiblings: false`), as Anki's filtered
 * decks gather their cards whatever the burying: its due date, not one card a day per group, says
 * when its cards must be seen, and a seven-country list would otherwise take seven days. Its new
 * siblings are spread apart instead: the first card of every group before the second of any.
 */
import { dayBounds } from "@/lib/domain/time/zoned-time";
import type { CardMemory } from "./schedule";

export const LEARN_AHEAD_MS = 20 * 60_000;

export type StoredCardState = { memory: CardMemory; version: number };

export type QueueInput = {
  /** Cards of the decks being studied, in deck order; siblings share a `siblingKey`. */
  cards: readonly { id: string; siblingKey?: string }[];
  states: ReadonlyMap<string, StoredCardState>;
  now: Date;
  timeZone: string;
  newPerDay: number;
  reviewsPerDay: number;
  /** New cards first graded today, and reviews of review cards done today. */
  newStudiedToday: number;
  reviewsDoneToday: number;
  /** False for an assignment's session: siblings are spread apart, not held back. */
  burySiblings?: boolean;
};

export type QueueItem = { cardId: string; state: StoredCardState | null };

export type StudyQueue = {
  next: QueueItem | null;
  counts: { new: number; learning: number; review: number };
  /** When the queue is empty: when the next card becomes due (null when none is scheduled). */
  nextDueAt: Date | null;
  /** New cards left out by today's new-card limit alone ("Study more" can add them). */
  newHeldBack: number;
  /** New and due cards held back until tomorrow because a sibling was studied today. */
  buried: number;
};

export function buildQueue(input: QueueInput): StudyQueue {
  const { now } = input;
  const { start, end } = dayBounds(now, input.timeZone);
  const keyOf = new Map(input.cards.map((c) => [c.id, c.siblingKey ?? c.id]));
  // Cards studied today, by sibling group: their siblings are buried until tomorrow.
  const studiedToday = new Map<string, string[]>();
  for (const card of input.cards) {
    const last = input.states.get(card.id)?.memory.lastReview;
    if (!last || last < start || last >= end) continue;
    const key = keyOf.get(card.id) ?? card.id;
    studiedToday.set(key, [...(studiedToday.get(key) ?? []), card.id]);
  }
  const learningNow: QueueItem[] = [];
  const learningLater: QueueItem[] = [];
  const reviews: QueueItem[] = [];
  const fresh: QueueItem[] = [];
  let nextDueAt: Date | null = null;
  const noteFuture = (due: Date) => {
    if (!nextDueAt || due < nextDueAt) nextDueAt = due;
  };

  for (const card of input.cards) {
    const state = input.states.get(card.id) ?? null;
    if (!state || state.memory.state === 0) {
      fresh.push({ cardId: card.id, state });
      continue;
    }
    const { due, state: s } = state.memory;
    if (s === 1 || s === 3) {
      if (due <= now) learningNow.push({ cardId: card.id, state });
      else {
        if (due < end) learningLater.push({ cardId: card.id, state });
        noteFuture(due);
      }
    } else if (due < end) reviews.push({ cardId: card.id, state });
    else noteFuture(due);
  }

  const byDue = (a: QueueItem, b: QueueItem) =>
    a.state!.memory.due.getTime() - b.state!.memory.due.getTime() || (a.cardId < b.cardId ? -1 : 1);
  learningNow.sort(byDue);
  learningLater.sort(byDue);
  reviews.sort(byDue);
  const reviewRoom = Math.max(0, input.reviewsPerDay - input.reviewsDoneToday);
  const newRoom = Math.max(0, input.newPerDay - input.newStudiedToday);
  // One card per sibling group a day, none from a group already studied today.
  const bury = input.burySiblings ?? true;
  const taken = new Set<string>();
  let buried = 0;
  const unburied = (items: QueueItem[]) =>
    items.filter((item) => {
      const key = keyOf.get(item.cardId) ?? item.cardId;
      const siblingStudied = (studiedToday.get(key) ?? []).some((id) => id !== item.cardId);
      const held = bury && (siblingStudied || taken.has(key));
      taken.add(key);
      // Held for a sibling studied today: back tomorrow. One due beside a sibling queued today
      // is buried once that sibling is studied.
      if (bury && siblingStudied) buried++;
      return !held;
    });
  const dueReviewsAll = unburied(reviews);
  const dueReviews = dueReviewsAll.slice(0, reviewRoom);
  const freshAll = unburied(bury ? fresh : spreadSiblings(fresh, input.cards, keyOf));
  const newCards = freshAll.slice(0, newRoom);
  // Reviews beyond today's limit, and buried cards, come back tomorrow.
  if (dueReviews.length < dueReviewsAll.length || buried > 0) noteFuture(end);

  const ahead = learningLater.find(
    (item) => item.state!.memory.due.getTime() - now.getTime() <= LEARN_AHEAD_MS,
  );
  const next = learningNow[0] ?? dueReviews[0] ?? newCards[0] ?? ahead ?? null;
  return {
    next,
    counts: {
      new: newCards.length,
      learning: learningNow.length + learningLater.length,
      review: dueReviews.length,
    },
    nextDueAt: next ? null : nextDueAt,
    newHeldBack: freshAll.length - newCards.length,
    buried,
  };
}

/**
 * New cards in deck order, but the first card of every sibling group before the second of any
 * (a card's rank is its place in its group among all the session's cards, studied or not).
 */
function spreadSiblings(
  items: QueueItem[],
  cards: QueueInput["cards"],
  keyOf: ReadonlyMap<string, string>,
): QueueItem[] {
  const seen = new Map<string, number>();
  const rank = new Map<string, number>();
  for (const card of cards) {
    const key = keyOf.get(card.id) ?? card.id;
    const n = seen.get(key) ?? 0;
    rank.set(card.id, n);
    seen.set(key, n + 1);
  }
  // Array.prototype.sort is stable: deck order holds within each rank.
  return [...items].sort((a, b) => rank.get(a.cardId)! - rank.get(b.cardId)!);
}
