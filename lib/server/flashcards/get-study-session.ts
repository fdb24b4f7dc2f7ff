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
import type { StudyCardView, StudySessionView } from "@/lib/domain/srs/study-view";
import { memoryToJson, type OfflinePack } from "@/lib/domain/srs/offline-pack";
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

/** What both the study screen and the offline pack are made from. */
async function readStudyState(userId: string, deck: string | undefined, now: Date) {
  const settings = await getStudySettings(userId);
  const { cards, studying } = await getCardsInScope(userId, deck);
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
  return {
    settings,
    cards,
    studying,
    states,
    day,
    canUndo: Boolean(lastLog),
    newPerDay: settings.newCardsPerDay + extraNew,
    newStudiedToday: countToday(0),
    reviewsDoneToday: countToday(2),
  };
}

/**
 * What the study screen shows now: the next card (with the interval each button would give),
 * the new / learning / review counts left today, and when the next card is due if none is.
 */
export async function getStudySession(
  userId: string,
  deck: string | undefined,
  now = new Date(),
): Promise<StudySessionView> {
  const { settings, cards, studying, states, canUndo, ...today } = await readStudyState(
    userId,
    deck,
    now,
  );
  const queue = buildQueue({
    cards,
    states,
    now,
    timeZone: settings.timeZone,
    newPerDay: today.newPerDay,
    reviewsPerDay: settings.maxReviewsPerDay,
    newStudiedToday: today.newStudiedToday,
    reviewsDoneToday: today.reviewsDoneToday,
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
    deckName: deck ? deckName(deck) : "Your decks",
    studying,
    card,
    counts: queue.counts,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    canUndo,
    newLimitReached: !card && unseen > 0,
  };
}

/**
 * Everything the study page needs to go on offline (lib/domain/srs/offline-pack.ts): the
 * cards in scope with their state and version, the scheduling settings and today's counts.
 */
export async function getOfflinePack(
  userId: string,
  deck: string | undefined,
  now = new Date(),
): Promise<OfflinePack> {
  const { settings, cards, states, day, ...today } = await readStudyState(userId, deck, now);
  return {
    owner: userId,
    deck: deck ?? null,
    deckName: deck ? deckName(deck) : "Your decks",
    savedAt: now.toISOString(),
    timeZone: settings.timeZone,
    desiredRetention: settings.desiredRetention,
    parameters: settings.fsrsParameters,
    newPerDay: today.newPerDay,
    reviewsPerDay: settings.maxReviewsPerDay,
    countsDay: day,
    newStudiedToday: today.newStudiedToday,
    reviewsDoneToday: today.reviewsDoneToday,
    cards: cards.map((c) => ({
      id: c.id,
      deckId: c.deckId,
      deckName: deckName(c.deckId),
      front: c.front,
      back: c.back,
      siblingKey: c.siblingKey,
      sources: c.sources,
    })),
    states: Object.fromEntries(
      [...states].map(([id, s]) => [id, { memory: memoryToJson(s.memory), version: s.version }]),
    ),
  };
}
