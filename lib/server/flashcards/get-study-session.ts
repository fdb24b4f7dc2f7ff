import "server-only";
import type { Flashcard } from "@/lib/domain/flashcards/types";
import { buildQueue, type StoredCardState } from "@/lib/domain/srs/build-queue";
import { dayBounds } from "@/lib/domain/time/zoned-time";
import {
  formatInterval,
  newCardMemory,
  previewRatings,
  RATINGS,
  type RatingValue,
} from "@/lib/domain/srs/schedule";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { parametersInUse } from "@/lib/server/fsrs/get-fsrs-panel";
import { studyAssignment, type AssignmentStudyPlan } from "@/lib/server/classes/study-assignment";
import type { StudyCardView, StudySessionView } from "@/lib/domain/srs/study-view";
import { toMemory } from "./card-state-row";

export type { StudySessionView };

export type StudySettings = {
  timeZone: string;
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  desiredRetention: number;
  extraNewCards: number;
  extraNewCardsDay: string | null;
  /** The learner's personal FSRS weights when optimisation found better ones, else null. */
  fsrsParameters: number[] | null;
};

export async function getStudySettings(userId: string): Promise<StudySettings> {
  const { fsrsProfile, ...settings } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      timeZone: true,
      newCardsPerDay: true,
      maxReviewsPerDay: true,
      desiredRetention: true,
      extraNewCards: true,
      extraNewCardsDay: true,
      fsrsProfile: { select: { inUse: true, parameters: true } },
    },
  });
  return { ...settings, fsrsParameters: parametersInUse(fsrsProfile) };
}

export function deckName(deckId: string): string {
  if (deckId === ALL_DECKS) return "All programmes";
  return getContentCatalog().index.programmeById.get(deckId)?.name ?? deckId;
}

/** The cards in scope: one deck, or every deck the learner studies ("all" = every card). */
export async function getCardsInScope(
  userId: string,
  deck: string | undefined,
): Promise<{ cards: Flashcard[]; studying: boolean }> {
  const { flashcards } = getContentCatalog();
  const subscriptions = await db.deckSubscription.findMany({
    where: { userId },
    select: { deckId: true },
  });
  const decks = new Set(subscriptions.map((s) => s.deckId));
  if (deck) {
    const studying = decks.has(deck) || decks.has(ALL_DECKS);
    const cards = deck === ALL_DECKS ? flashcards : flashcards.filter((c) => c.deckId === deck);
    return { cards: studying ? cards : [], studying };
  }
  if (decks.has(ALL_DECKS)) return { cards: flashcards, studying: true };
  return { cards: flashcards.filter((c) => decks.has(c.deckId)), studying: decks.size > 0 };
}

/** A session's cards: one deck, one flashcard assignment's set, or every deck studied. */
export type StudyScope = { deck?: string; assignment?: string };

/**
 * The cards a session covers. An assignment's are exactly its set's cards, whatever decks the
 * learner studies; an assignment the learner may not study (not a member, not open) has none.
 */
export async function getScopedCards(
  userId: string,
  scope: StudyScope,
  now: Date,
): Promise<{ cards: Flashcard[]; studying: boolean; plan: AssignmentStudyPlan | null }> {
  if (!scope.assignment) return { ...(await getCardsInScope(userId, scope.deck)), plan: null };
  const result = await studyAssignment({ id: userId }, scope.assignment, now);
  if (!result.ok) return { cards: [], studying: false, plan: null };
  const { flashcardById } = getContentCatalog();
  const cards = result.data.cardIds.map((id) => flashcardById.get(id)!);
  return { cards, studying: true, plan: result.data };
}

/**
 * What the study screen shows now: the next card (with the interval each button would give),
 * the new / learning / review counts left today, and when the next card is due if none is.
 * The daily limits count every card studied today, in any scope.
 */
export async function getStudySession(
  userId: string,
  scopeOrDeck: StudyScope | string | undefined,
  now = new Date(),
): Promise<StudySessionView> {
  const scope = typeof scopeOrDeck === "object" ? scopeOrDeck : { deck: scopeOrDeck };
  const deck = scope.assignment ? undefined : scope.deck;
  const settings = await getStudySettings(userId);
  const { cards, studying, plan } = await getScopedCards(userId, scope, now);
  const { day, start, end } = dayBounds(now, settings.timeZone);
  const [rows, todayByState, lastLog] = await Promise.all([
    db.cardState.findMany({ where: { userId, cardId: { in: cards.map((c) => c.id) } } }),
    db.reviewLog.groupBy({
      by: ["state"],
      where: { userId, review: { gte: start, lt: end } },
      _count: { _all: true },
    }),
    db.reviewLog.findFirst({
      where: { userId },
      orderBy: { review: "desc" },
      select: { id: true },
    }),
  ]);
  const states = new Map<string, StoredCardState>(
    rows.map((r) => [r.cardId, { memory: toMemory(r), version: r.version }]),
  );
  const countToday = (state: number) =>
    todayByState.find((g) => g.state === state)?._count._all ?? 0;
  const extraNew = settings.extraNewCardsDay === day ? settings.extraNewCards : 0;
  const queue = buildQueue({
    cards,
    states,
    now,
    timeZone: settings.timeZone,
    newPerDay: settings.newCardsPerDay + extraNew,
    reviewsPerDay: settings.maxReviewsPerDay,
    newStudiedToday: countToday(0),
    reviewsDoneToday: countToday(2),
  });

  let card: StudyCardView | null = null;
  if (queue.next) {
    const flashcard = cards.find((c) => c.id === queue.next!.cardId)!;
    const memory = queue.next.state?.memory ?? newCardMemory(now);
    const previews = previewRatings(
      memory,
      now,
      settings.desiredRetention,
      settings.fsrsParameters,
    );
    card = {
      cardId: flashcard.id,
      deckId: flashcard.deckId,
      deckName: deckName(flashcard.deckId),
      front: flashcard.front,
      back: flashcard.back,
      sources: flashcard.sources,
      version: queue.next.state?.version ?? 0,
      isNew: !queue.next.state || queue.next.state.memory.state === 0,
      intervals: Object.fromEntries(
        RATINGS.map((r) => [r, formatInterval(now, previews[r])]),
      ) as Record<RatingValue, string>,
    };
  }
  const unseen = cards.filter((c) => !states.has(c.id)).length;
  return {
    deck: deck ?? null,
    deckName: plan ? plan.name : deck ? deckName(deck) : "Your decks",
    studying,
    card,
    counts: queue.counts,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    canUndo: Boolean(lastLog),
    newLimitReached: !card && unseen > 0,
    assignment: plan
      ? {
          id: plan.assignmentId,
          name: plan.name,
          total: plan.cardIds.length,
          reviewed: plan.reviewedCardIds.length,
        }
      : null,
  };
}
