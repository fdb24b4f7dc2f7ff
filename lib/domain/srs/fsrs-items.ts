/**
 * Review logs -> FSRS items, the training and test examples of FSRS's optimiser (fsrs-rs), built
 * the way Anki builds them from its revlog:
 * - each card's reviews in time order (reviews at one instant by state, then rating, so that
 *   the log's order never matters); the card's history starts at its last review made while
 *   it was new (state 0): that is its first rating, and a card reset to new starts over there;
 *   a card whose first review is missing from the log is left out, as its first rating is unknown;
 * - delta_t counts the learner's study days between two reviews (local midnight to local
 *   midnight in the learner's time zone), 0 for the first review and for same-day reviews;
 * - one item per review after the first, holding every earlier review of the card plus that one;
 *   only items whose last review is on a later day than the one before it are kept (FSRS
 *   predicts recall after days; same-day reviews stay inside later items' histories);
 * - items ordered by the time of their last review.
 */
import { wallClock } from "@/lib/domain/time/zoned-time";
import type { CardStateValue, RatingValue } from "./schedule";

/** What item building needs from one review log row. */
export type ReviewEvent = {
  cardId: string;
  rating: RatingValue;
  /** The card's state before this review (0 New, 1 Learning, 2 Review, 3 Relearning). */
  state: CardStateValue;
  review: Date;
};

export type FsrsReview = { rating: RatingValue; deltaT: number };

export type FsrsItem = {
  cardId: string;
  /** The card's reviews up to and including the one to predict (the last). */
  reviews: FsrsReview[];
  /** When the last review happened. */
  reviewedAt: Date;
};

/** Day number of an instant in a time zone: days since 1970-01-01 of its local calendar date. */
export function dayNumber(instant: Date, timeZone: string): number {
  const { year, month, day } = wallClock(instant, timeZone);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

const byTimeThenCard = (a: { review: Date; cardId: string }, b: typeof a) =>
  a.review.getTime() - b.review.getTime() ||
  (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);

const byTimeThenStateThenRating = (a: ReviewEvent, b: ReviewEvent) =>
  a.review.getTime() - b.review.getTime() || a.state - b.state || a.rating - b.rating;

/** The items of every card, ordered by the time of their last review. */
export function buildFsrsItems(events: readonly ReviewEvent[], timeZone: string): FsrsItem[] {
  const byCard = new Map<string, ReviewEvent[]>();
  for (const event of events) {
    const list = byCard.get(event.cardId);
    if (list) list.push(event);
    else byCard.set(event.cardId, [event]);
  }
  const items: FsrsItem[] = [];
  for (const [cardId, list] of byCard) {
    list.sort(byTimeThenStateThenRating);
    let first = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.state === 0) {
        first = i;
        break;
      }
    }
    if (first === -1) continue;
    const history = list.slice(first);
    const days = history.map((e) => dayNumber(e.review, timeZone));
    const reviews: FsrsReview[] = history.map((e, i) => ({
      rating: e.rating,
      deltaT: i === 0 ? 0 : Math.max(0, days[i]! - days[i - 1]!),
    }));
    for (let i = 1; i < reviews.length; i++) {
      if (reviews[i]!.deltaT === 0) continue;
      items.push({ cardId, reviews: reviews.slice(0, i + 1), reviewedAt: history[i]!.review });
    }
  }
  return items.sort((a, b) =>
    byTimeThenCard(
      { review: a.reviewedAt, cardId: a.cardId },
      { review: b.reviewedAt, cardId: b.cardId },
    ),
  );
}
