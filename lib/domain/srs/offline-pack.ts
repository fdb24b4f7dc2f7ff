/**
 * Offline flashcard review: what the study page keeps on the device, and how it studies from
 * it without the server. The pack holds the cards in scope, their FSRS state and version, the
 * learner's scheduling settings and today's counts; offline, the same pure code as the server
 * (buildQueue for the queue, gradeCard for the schedule, with the same ts-fsrs settings) picks
 * the next card and schedules each grade, so what the server later replays is what the learner
 * saw. Pure: time comes in as an argument.
 */
import { z } from "zod";
import type { SourceCitation } from "@/lib/domain/questions/types";
import { localDay } from "@/lib/domain/time/zoned-time";
import { buildQueue, type StoredCardState } from "./build-queue";
import {
  formatInterval,
  gradeCard,
  newCardMemory,
  previewRatings,
  RATINGS,
  type CardMemory,
  type RatingValue,
} from "./schedule";
import type { StudyCardView, StudySessionView } from "./study-view";

/** CardMemory as JSON carries it (dates as ISO strings). */
export type MemoryJson = Omit<CardMemory, "due" | "lastReview"> & {
  due: string;
  lastReview: string | null;
};

const MemoryJsonSchema = z.object({
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number().int(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.iso.datetime().nullable(),
}) satisfies z.ZodType<MemoryJson>;

export function memoryToJson(memory: CardMemory): MemoryJson {
  return {
    ...memory,
    due: memory.due.toISOString(),
    lastReview: memory.lastReview?.toISOString() ?? null,
  };
}

export function memoryFromJson(json: MemoryJson): CardMemory {
  return {
    ...json,
    due: new Date(json.due),
    lastReview: json.lastReview ? new Date(json.lastReview) : null,
  };
}

/** A card's state after a grade the server recorded: the device's copy is brought in line. */
export type GradedCard = {
  cardId: string;
  memory: MemoryJson;
  version: number;
  /** The card had been graded on another device too; its schedule was rebuilt from both. */
  rebuilt: boolean;
};

/**
 * A grade's reply when the device picks the next card itself (`reply: "graded"`): the graded
 * card's new state, absent when the grade was a copy of one already recorded.
 */
export type GradeReceipt = { graded?: GradedCard };

export const GradedCardSchema = z.object({
  cardId: z.string(),
  memory: MemoryJsonSchema,
  version: z.number().int(),
  rebuilt: z.boolean(),
}) satisfies z.ZodType<GradedCard>;

const CitationSchema = z.object({
  sourceId: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
  paragraph: z.number().optional(),
  sentences: z.array(z.number()).optional(),
  passage: z.string().optional(),
  beyondSource: z.boolean(),
}) satisfies z.ZodType<SourceCitation>;

const OfflineCardSchema = z.object({
  id: z.string(),
  deckId: z.string(),
  deckName: z.string(),
  front: z.string(),
  back: z.string(),
  siblingKey: z.string(),
  /** A card an instructor wrote into a set assigned to the learner. */
  writtenByInstructor: z.boolean().default(false),
  sources: z.array(CitationSchema),
});
export type OfflineCard = z.infer<typeof OfflineCardSchema>;

export const OfflinePackSchema = z.object({
  /** The signed-in user the pack belongs to: another account on the device never reads it. */
  owner: z.string(),
  deck: z.string().nullable(),
  deckName: z.string(),
  /** The server's clock when the pack was made. */
  savedAt: z.iso.datetime(),
  timeZone: z.string(),
  desiredRetention: z.number(),
  parameters: z.array(z.number()).nullable(),
  newPerDay: z.number().int(),
  reviewsPerDay: z.number().int(),
  /** The learner's day the two counts below belong to (a new day starts them at 0). */
  countsDay: z.string(),
  newStudiedToday: z.number().int(),
  reviewsDoneToday: z.number().int(),
  cards: z.array(OfflineCardSchema),
  states: z.record(z.string(), z.object({ memory: MemoryJsonSchema, version: z.number().int() })),
});
export type OfflinePack = z.infer<typeof OfflinePackSchema>;

/** Whose pack the study page keeps, and for which deck (null: every deck studied). */
export type PackOwner = { owner: string; deck: string | null };

/**
 * What the study page fetches after its first paint (and after grades made offline are sent):
 * the session and the pack, made from one read of the learner's state.
 */
export type StudyPackView = { session: StudySessionView; pack: OfflinePack };

/** One grade made offline, as it will be sent: the grade route's body. */
export type OfflineGrade = {
  cardId: string;
  rating: RatingValue;
  requestId: string;
  expectedVersion: number;
  reviewedAt: string;
  durationMs?: number;
  deck?: string;
};

function states(pack: OfflinePack): Map<string, StoredCardState> {
  return new Map(
    Object.entries(pack.states).map(([id, s]) => [
      id,
      { memory: memoryFromJson(s.memory), version: s.version },
    ]),
  );
}

function counts(pack: OfflinePack, now: Date) {
  const sameDay = localDay(now, pack.timeZone) === pack.countsDay;
  return {
    newStudiedToday: sameDay ? pack.newStudiedToday : 0,
    reviewsDoneToday: sameDay ? pack.reviewsDoneToday : 0,
  };
}

/** What the study screen shows offline: the same view the server sends, made on the device. */
export function offlineSession(pack: OfflinePack, now: Date): StudySessionView {
  const stored = states(pack);
  const queue = buildQueue({
    cards: pack.cards,
    states: stored,
    now,
    timeZone: pack.timeZone,
    newPerDay: pack.newPerDay,
    reviewsPerDay: pack.reviewsPerDay,
    ...counts(pack, now),
  });
  let card: StudyCardView | null = null;
  if (queue.next) {
    const found = pack.cards.find((c) => c.id === queue.next!.cardId)!;
    const memory = queue.next.state?.memory ?? newCardMemory(now);
    const previews = previewRatings(memory, now, pack.desiredRetention, pack.parameters);
    card = {
      cardId: found.id,
      deckId: found.deckId,
      deckName: found.deckName,
      writtenByInstructor: found.writtenByInstructor,
      front: found.front,
      back: found.back,
      sources: found.sources,
      version: queue.next.state?.version ?? 0,
      isNew: !queue.next.state || queue.next.state.memory.state === 0,
      intervals: Object.fromEntries(
        RATINGS.map((r) => [r, formatInterval(now, previews[r])]),
      ) as Record<RatingValue, string>,
    };
  }
  return {
    deck: pack.deck,
    deckName: pack.deckName,
    studying: pack.cards.length > 0,
    card,
    counts: queue.counts,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    timeZone: pack.timeZone,
    canUndo: false,
    newLimitReached: !card && queue.newHeldBack > 0,
    buried: queue.buried,
    assignment: null,
  };
}

/** Brings one card of the pack to `state`, counting the grade in today's limits. */
function withState(
  pack: OfflinePack,
  cardId: string,
  before: CardMemory | null,
  state: { memory: MemoryJson; version: number },
  at: Date,
): OfflinePack {
  const today = counts(pack, at);
  const wasNew = !before || before.state === 0;
  return {
    ...pack,
    countsDay: localDay(at, pack.timeZone),
    newStudiedToday: today.newStudiedToday + (wasNew ? 1 : 0),
    reviewsDoneToday: today.reviewsDoneToday + (before?.state === 2 ? 1 : 0),
    states: { ...pack.states, [cardId]: state },
  };
}

/**
 * Grades a card on the device: schedules it as the server would (same retention and
 * parameters), and returns the new pack and the grade to send when the network is back.
 */
export function gradeOffline(
  pack: OfflinePack,
  input: { cardId: string; rating: RatingValue; requestId: string; durationMs?: number },
  now: Date,
): { pack: OfflinePack; grade: OfflineGrade } {
  const current = pack.states[input.cardId];
  const before = current ? memoryFromJson(current.memory) : null;
  const { next } = gradeCard(
    before ?? newCardMemory(now),
    input.rating,
    now,
    pack.desiredRetention,
    pack.parameters,
  );
  const expectedVersion = current?.version ?? 0;
  const state = { memory: memoryToJson(next), version: expectedVersion + 1 };
  return {
    pack: withState(pack, input.cardId, before, state, now),
    grade: {
      cardId: input.cardId,
      rating: input.rating,
      requestId: input.requestId,
      expectedVersion,
      reviewedAt: now.toISOString(),
      ...(input.durationMs === undefined ? {} : { durationMs: input.durationMs }),
      ...(pack.deck ? { deck: pack.deck } : {}),
    },
  };
}

/** An online grade the server recorded: the device's copy takes the server's state. */
export function applyServerGrade(pack: OfflinePack, graded: GradedCard, now: Date): OfflinePack {
  const current = pack.states[graded.cardId];
  if (current && current.version >= graded.version) return pack;
  const before = current ? memoryFromJson(current.memory) : null;
  const state = { memory: graded.memory, version: graded.version };
  return withState(pack, graded.cardId, before, state, now);
}

/** Whether a pack read back from the device may be used for this user, deck and day. */
export function packFits(pack: OfflinePack, owner: string, deck: string | null): boolean {
  return pack.owner === owner && pack.deck === deck;
}
