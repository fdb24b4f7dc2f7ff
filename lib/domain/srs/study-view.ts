/** What the flashcard study screen receives from the server after every step. */
import type { SourceCitation } from "@/lib/domain/questions/types";
import type { StudyQueue } from "./build-queue";
import type { GradedCard } from "./offline-pack";
import type { RatingValue } from "./schedule";

export type StudyCardView = {
  cardId: string;
  deckId: string;
  deckName: string;
  front: string;
  back: string;
  sources: SourceCitation[];
  /** A card the learner's instructor wrote into an assigned set (shown with a mark). */
  writtenByInstructor: boolean;
  /** Card state version shown (0 for a new card); sent back with the grade. */
  version: number;
  isNew: boolean;
  /** Interval label each rating would give ("1m", "10m", "4d"...). */
  intervals: Record<RatingValue, string>;
};

export type StudySessionView = {
  /** The deck studied, or null for all the decks the learner studies. */
  deck: string | null;
  deckName: string;
  studying: boolean;
  card: StudyCardView | null;
  counts: StudyQueue["counts"];
  nextDueAt: string | null;
  /** The server's clock when this view was made ("due in 3 hours" is counted from it). */
  serverNow: string;
  /** The learner's time zone, in which the next card's day is named. */
  timeZone: string;
  canUndo: boolean;
  /** True when today's new-card limit is what left the queue empty ("Study more" adds cards). */
  newLimitReached: boolean;
  /** Cards held back until tomorrow: a sibling, which shows their answer, is studied today. */
  buried: number;
  /**
   * Set when the session is one flashcard assignment's cards: how many of them have been
   * reviewed since it opened (reviews before then do not count).
   */
  assignment: { id: string; name: string; total: number; reviewed: number } | null;
  /** After a grade: the graded card's new state, so the device's offline copy stays in step. */
  graded?: GradedCard;
};

/** The home page's flashcard tile. */
export type HomeFlashcards = {
  /** Whether the learner studies any deck yet. */
  studying: boolean;
  /** Learning and review cards due now. */
  due: number;
  /** New cards that today's limit still lets in (for a learner with no deck: after starting). */
  newReady: number;
};

/** A card the learner suspended, as the Flashcards page lists it to unsuspend. */
export type SuspendedCard = {
  cardId: string;
  front: string;
  /** The deck (programme) or, for a card an instructor wrote, its set. */
  from: string;
};
