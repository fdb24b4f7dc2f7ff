import "server-only";
import { dayBounds } from "@/lib/domain/time/zoned-time";
import { ALL_DECKS, deckScopeSchema, deckSubscriptionSchema } from "@/lib/schemas/flashcards";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import {
  deckName,
  getStudySession,
  getStudySettings,
  type StudySessionView,
} from "./get-study-session";

export type DeckSummary = {
  deckId: string;
  name: string;
  cards: number;
  studying: boolean;
  /**
   * Cards never studied, and cards due by the end of today (learning or review), suspended
   * cards left out of both; and how many are suspended.
   */
  unseen: number;
  dueToday: number;
  suspended: number;
};

/** A deck of the content (a programme with cards) or "all": no database read. */
export function knownDeck(deckId: string): boolean {
  return deckId === ALL_DECKS || getContentCatalog().flashcards.some((c) => c.deckId === deckId);
}

/** One deck per programme that has cards, plus "All programmes", with today's counts. */
export async function listDecks(userId: string, now = new Date()): Promise<DeckSummary[]> {
  const { flashcards, flashcardById, pack } = getContentCatalog();
  const [settings, subscriptions, suspensions] = await Promise.all([
    getStudySettings(userId),
    db.deckSubscription.findMany({ where: { userId }, select: { deckId: true } }),
    db.cardSuspension.findMany({ where: { userId }, select: { cardId: true } }),
  ]);
  const { end } = dayBounds(now, settings.timeZone);
  const suspendedIds = suspensions.map((s) => s.cardId);
  const notSuspended = suspendedIds.length ? { cardId: { notIn: suspendedIds } } : {};
  const [seen, due] = await Promise.all([
    db.cardState.groupBy({
      by: ["deckId"],
      where: { userId, ...notSuspended },
      _count: { _all: true },
    }),
    db.cardState.groupBy({
      by: ["deckId"],
      where: { userId, due: { lt: end }, state: { not: 0 }, ...notSuspended },
      _count: { _all: true },
    }),
  ]);
  const studying = new Set(subscriptions.map((s) => s.deckId));
  const inDeck = (deckId: string, cardDeck: string) => deckId === ALL_DECKS || cardDeck === deckId;
  const count = (groups: { deckId: string; _count: { _all: number } }[], deckId: string) =>
    groups.filter((g) => inDeck(deckId, g.deckId)).reduce((n, g) => n + g._count._all, 0);
  // The content's cards only: a suspension of a card no longer in the content counts nowhere.
  const suspendedDecks = suspendedIds.flatMap((id) => flashcardById.get(id)?.deckId ?? []);
  const suspendedIn = (deckId: string) => suspendedDecks.filter((d) => inDeck(deckId, d)).length;
  const deckIds = [
    ALL_DECKS,
    ...pack.programmes.map((p) => p.id).filter((id) => flashcards.some((c) => c.deckId === id)),
  ];
  return deckIds.map((deckId) => {
    const cards =
      deckId === ALL_DECKS
        ? flashcards.length
        : flashcards.filter((c) => c.deckId === deckId).length;
    return {
      deckId,
      name: deckName(deckId),
      cards,
      studying: studying.has(deckId) || (deckId !== ALL_DECKS && studying.has(ALL_DECKS)),
      unseen: cards - suspendedIn(deckId) - count(seen, deckId),
      dueToday: count(due, deckId),
      suspended: suspendedIn(deckId),
    };
  });
}

/** Adds a deck to the learner's study, or takes it out (their card states are kept). */
export async function setDeckStudying(
  userId: string,
  deckId: string,
  input: unknown,
): Promise<ServiceResult<{ deckId: string; studying: boolean }>> {
  const parsed = deckSubscriptionSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", "Say whether to study the deck.");
  if (!knownDeck(deckId)) return fail("not_found", "There is no such deck.");
  if (parsed.data.studying) {
    await db.deckSubscription.upsert({
      where: { userId_deckId: { userId, deckId } },
      create: { userId, deckId },
      update: {},
    });
  } else {
    await db.deckSubscription.deleteMany({ where: { userId, deckId } });
  }
  return ok({ deckId, studying: parsed.data.studying });
}

export const STUDY_MORE_CARDS = 10;

/** "Study more": ten more new cards today, beyond the daily limit. */
export async function studyMore(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<StudySessionView>> {
  const parsed = deckScopeSchema.safeParse(input ?? {});
  if (!parsed.success) return fail("invalid", "Unknown deck.");
  const settings = await getStudySettings(userId);
  const { day } = dayBounds(now, settings.timeZone);
  const extra = settings.extraNewCardsDay === day ? settings.extraNewCards : 0;
  await db.user.update({
    where: { id: userId },
    data: { extraNewCards: extra + STUDY_MORE_CARDS, extraNewCardsDay: day },
  });
  return ok(await getStudySession(userId, parsed.data, now));
}
