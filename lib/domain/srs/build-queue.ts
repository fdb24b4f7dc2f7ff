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
};

export type QueueItem = { cardId: string; state: StoredCardState | null };

export type StudyQueue = {
  next: QueueItem | null;
  counts: { new: number; learning: number; review: number };
  /** When the queue is empty: when the next card becomes due (null when none is scheduled). */
  nextDueAt: Date | null;
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
  const taken = new Set<string>();
  const unburied = (items: QueueItem[]) =>
    items.filter((item) => {
      const key = keyOf.get(item.cardId) ?? item.cardId;
      const buried = (studiedToday.get(key) ?? []).some((id) => id !== item.cardId);
      if (buried || taken.has(key)) return false;
      taken.add(key);
      return true;
    });
  const dueReviewsAll = unburied(reviews);
  const dueReviews = dueReviewsAll.slice(0, reviewRoom);
  const newCards = unburied(fresh).slice(0, newRoom);
  // Reviews beyond today's limit come back tomorrow; their due time says nothing useful.
  if (dueReviews.length < dueReviewsAll.length && !nextDueAt) nextDueAt = end;

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
  };
}
