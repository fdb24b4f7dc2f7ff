import "server-only";
import { sqlQuery } from "@/lib/server/sql";
import type { Flashcard } from "@/lib/domain/flashcards/types";
import { Prisma } from "@/lib/generated/prisma/client";
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
import {
  memoryToJson,
  type OfflinePack,
  type PackOwner,
  type StudyPackView,
} from "@/lib/domain/srs/offline-pack";
import {
  countReviewsByState,
  fromMemoryTuple,
  memoryJson,
  readCardStates,
  reviewsByState,
  toMemory,
  type MemoryTuple,
  type TodayCounts,
} from "./card-state-row";

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

/** The settings' columns and the FSRS profile's, as SETTINGS_COLUMNS reads them. */
export type SettingsRow = Omit<StudySettings, "fsrsParameters"> & {
  inUse: boolean | null;
  parameters: number[] | null;
};

/** The columns of a SettingsRow, from SETTINGS_FROM. */
export const SETTINGS_COLUMNS = Prisma.sql`u."timeZone", u."newCardsPerDay",
  u."maxReviewsPerDay", u."desiredRetention", u."extraNewCards", u."extraNewCardsDay",
  p."inUse", p.parameters`;

/** The user `u` with the FSRS profile `p`, which SETTINGS_COLUMNS reads. */
export const SETTINGS_FROM = Prisma.sql`"User" u LEFT JOIN "FsrsProfile" p ON p."userId" = u.id`;

/** The decks user `u` studies, as an array column beside SETTINGS_COLUMNS. */
const DECKS_COLUMN = Prisma.sql`
  ARRAY(SELECT "deckId" FROM "DeckSubscription" WHERE "userId" = u.id)`;

/** The cards the learner `u` suspended, as an array column (see CardSuspension). */
const SUSPENDED_COLUMN = Prisma.sql`
  ARRAY(SELECT "cardId" FROM "CardSuspension" WHERE "userId" = u.id)`;

/** Whether the learner has logged any review (one to undo). */
const anyReview = (userId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "ReviewLog" WHERE "userId" = ${userId})`;

export function toStudySettings(row: SettingsRow): StudySettings {
  const { inUse, parameters, ...settings } = row;
  const profile = inUse === null ? null : { inUse, parameters: parameters ?? [] };
  return { ...settings, fsrsParameters: parametersInUse(profile) };
}

/**
 * The settings with the FSRS profile, the decks the learner studies and the cards they
 * suspended, in one statement (Prisma sent three): read on every grade, study page and home
 * render.
 */
async function readSettingsAndDecks(
  userId: string,
): Promise<{ settings: StudySettings; decks: string[]; suspended: string[] }> {
  const [row] = await sqlQuery<SettingsRow & { decks: string[]; suspended: string[] }>(Prisma.sql`
    SELECT ${SETTINGS_COLUMNS}, ${DECKS_COLUMN} AS decks, ${SUSPENDED_COLUMN} AS suspended
    FROM ${SETTINGS_FROM} WHERE u.id = ${userId}`);
  if (!row) throw new Error(`No user ${userId}`);
  const { decks, suspended, ...settings } = row;
  return { settings: toStudySettings(settings), decks, suspended };
}

export async function getStudySettings(userId: string): Promise<StudySettings> {
  return (await readSettingsAndDecks(userId)).settings;
}

export function deckName(deckId: string): string {
  if (deckId === ALL_DECKS) return "All programmes";
  return getContentCatalog().index.programmeById.get(deckId)?.name ?? deckId;
}

/** A card an instructor wrote into a flashcard set, as study shows it. */
type WrittenCard = Flashcard & { writtenBy: "instructor"; setName: string };

function isWritten(card: Flashcard): card is WrittenCard {
  return (card as Partial<WrittenCard>).writtenBy === "instructor";
}

/** The written cards' rows, in study order (one set after another, each in its order). */
const writtenCardRows = (userId: string, now: Date) => Prisma.sql`
  SELECT cc.id, cc."setId", cc.front, cc.back, s.name AS "setName", cc.position
  FROM "CustomCard" cc JOIN "StudySet" s ON s.id = cc."setId"
  WHERE s.kind = 'FLASHCARDS' AND EXISTS (
    SELECT 1 FROM "Assignment" a
    JOIN "Class" c ON c.id = a."classId" AND c."archivedAt" IS NULL
    JOIN "ClassMember" m ON m."classId" = c.id AND m."userId" = ${userId}
    WHERE a."setId" = s.id AND a."opensAt" <= ${now})
  ORDER BY cc."setId", cc.position`;

type WrittenCardRow = { id: string; setId: string; front: string; back: string; setName: string };

function toWrittenCard(r: WrittenCardRow): WrittenCard {
  return {
    id: `custom:${r.id}`,
    deckId: `set-${r.setId}`,
    kind: "term-meaning",
    front: r.front,
    back: r.back,
    siblingKey: `custom:${r.id}`,
    sources: [],
    scope: "background",
    beyondSource: false,
    factIds: [],
    writtenBy: "instructor",
    setName: r.setName,
  };
}

/**
 * The cards instructors wrote (or imported) into flashcard sets assigned to a class of the
 * learner's, once the assignment has opened and while the class is not archived: membership is
 * in the query, so leaving the class takes them out of study (their review history stays).
 * Id `custom:<row id>`, deck `set-<set id>`, each card its own sibling.
 */
export async function getWrittenCards(userId: string, now = new Date()): Promise<WrittenCard[]> {
  // Hand-written: every grade, study page and home render reads this, and Prisma compiled its
  // nested relation filters on each call (issue 15).
  return (await sqlQuery<WrittenCardRow>(writtenCardRows(userId, now))).map(toWrittenCard);
}

/**
 * What a study request needs about the learner: settings, the decks they study and the cards
 * instructors wrote into sets assigned to them.
 */
export type StudyScope = {
  settings: StudySettings;
  decks: Set<string>;
  written: Flashcard[];
  /** Cards the learner suspended: out of their own decks, not out of an assignment. */
  suspended: Set<string>;
};

/**
 * Settings with the decks studied (one statement), and written cards, read once per request
 * (in parallel).
 */
export async function loadStudyScope(userId: string, now = new Date()): Promise<StudyScope> {
  const [{ settings, decks, suspended }, written] = await Promise.all([
    readSettingsAndDecks(userId),
    getWrittenCards(userId, now),
  ]);
  return { settings, decks: new Set(decks), written, suspended: new Set(suspended) };
}

/**
 * The cards in scope: one deck, or every deck the learner studies ("all" = every card). The
 * cards instructors wrote into sets assigned to the learner are in "all" and in "your decks".
 * Suspended cards are left out.
 */
export function cardsInScope(
  scope: Pick<StudyScope, "decks" | "written" | "suspended">,
  deck: string | undefined,
): { cards: Flashcard[]; studying: boolean } {
  const { cards, studying } = cardsOfDecks(scope, deck);
  const { suspended } = scope;
  return { cards: suspended.size ? cards.filter((c) => !suspended.has(c.id)) : cards, studying };
}

function cardsOfDecks(
  scope: Pick<StudyScope, "decks" | "written">,
  deck: string | undefined,
): { cards: Flashcard[]; studying: boolean } {
  const { flashcards } = getContentCatalog();
  const { decks } = scope;
  const written = deck === undefined || deck === ALL_DECKS ? scope.written : [];
  if (deck) {
    const studying = decks.has(deck) || decks.has(ALL_DECKS);
    const cards = deck === ALL_DECKS ? flashcards : flashcards.filter((c) => c.deckId === deck);
    return { cards: studying ? [...cards, ...written] : [], studying };
  }
  if (decks.has(ALL_DECKS)) return { cards: [...flashcards, ...written], studying: true };
  return {
    cards: [...flashcards.filter((c) => decks.has(c.deckId)), ...written],
    studying: decks.size > 0 || written.length > 0,
  };
}

async function readCardScope(
  userId: string,
  deck: string | undefined,
): Promise<Pick<StudyScope, "decks" | "written" | "suspended">> {
  const [subscriptions, suspensions, written] = await Promise.all([
    db.deckSubscription.findMany({ where: { userId }, select: { deckId: true } }),
    db.cardSuspension.findMany({ where: { userId }, select: { cardId: true } }),
    deck === undefined || deck === ALL_DECKS ? getWrittenCards(userId) : [],
  ]);
  return {
    decks: new Set(subscriptions.map((s) => s.deckId)),
    written,
    suspended: new Set(suspensions.map((s) => s.cardId)),
  };
}

export async function getCardsInScope(
  userId: string,
  deck: string | undefined,
): Promise<{ cards: Flashcard[]; studying: boolean }> {
  return cardsInScope(await readCardScope(userId, deck), deck);
}

/**
 * Every card of the decks the learner studies, the suspended ones included and marked (what an
 * Anki package of "My flashcards" holds: Anki keeps a suspended card in its deck).
 */
export async function getCardsOfMyDecks(
  userId: string,
): Promise<{ cards: (Flashcard & { suspended: boolean })[]; studying: boolean }> {
  const scope = await readCardScope(userId, undefined);
  const { cards, studying } = cardsOfDecks(scope, undefined);
  return { cards: cards.map((c) => ({ ...c, suspended: scope.suspended.has(c.id) })), studying };
}

/** A session's cards: one deck, one flashcard assignment's set, or every deck studied. */
export type SessionScope = { deck?: string; assignment?: string };

/**
 * The cards a session covers. An assignment's are exactly its set's cards (content cards and
 * the ones its instructor wrote), whatever decks the learner studies; an assignment the
 * learner may not study (not a member, not open) has none.
 */
export async function getScopedCards(
  userId: string,
  session: SessionScope,
  now: Date,
  scope?: StudyScope,
): Promise<{ cards: Flashcard[]; studying: boolean; plan: AssignmentStudyPlan | null }> {
  const study = scope ?? (await loadStudyScope(userId, now));
  if (!session.assignment) return { ...cardsInScope(study, session.deck), plan: null };
  const result = await studyAssignment({ id: userId }, session.assignment, now);
  if (!result.ok) return { cards: [], studying: false, plan: null };
  const { flashcardById } = getContentCatalog();
  const written = new Map(study.written.map((c) => [c.id, c]));
  const cards = result.data.cardIds
    .map((id) => flashcardById.get(id) ?? written.get(id))
    .filter((c): c is Flashcard => c !== undefined);
  return { cards, studying: true, plan: result.data };
}

/**
 * What a caller already knows: the scope it read, and that a review log exists to undo (a
 * grade just wrote one); or, without a scope, the learner's time zone from the session, over
 * whose day the one-statement read counts today's reviews (readWholeState), or that read itself.
 */
type Known = {
  scope?: StudyScope;
  canUndo?: true;
  timeZone?: string;
  /** The one-statement read, made already (home reads it to choose the scope). */
  whole?: WholeState;
};

/** A CardState row as readWholeState's JSON carries it: its memory as memoryJson builds it. */
type StateTuple = [cardId: string, memory: MemoryTuple, version: number];

type CardStateRows = Awaited<ReturnType<typeof readCardStates>>;

/** What readWholeState reads: the scope, and the rest of the study state beside it. */
type WholeState = {
  scope: StudyScope;
  rows: CardStateRows;
  todayByState: TodayCounts | null;
  hasReviews: boolean;
};

/** A card state row from its JSON array. */
function fromTuple([cardId, memory, version]: StateTuple): CardStateRows[number] {
  return { cardId, ...fromMemoryTuple(memory), version };
}

/**
 * Everything a study request reads about the learner, in one statement (issue 15: it was five,
 * and each round trip cost more CPU than its rows): settings with the FSRS profile, decks
 * studied, written cards, the card states (of `deck`, or all the learner's), whether a review
 * exists to undo, and today's reviews by state over the day in `zone`. When the learner's own
 * zone is another (the caller did not know it), `todayByState` is null and the caller counts.
 */
async function readWholeState(
  userId: string,
  deck: string | undefined,
  now: Date,
  zone: string,
): Promise<WholeState> {
  const { start, end } = dayBounds(now, zone);
  const oneDeck = deck && deck !== ALL_DECKS ? Prisma.sql`AND "deckId" = ${deck}` : Prisma.empty;
  const [row] = await sqlQuery<
    SettingsRow & {
      decks: string[];
      suspended: string[];
      written: WrittenCardRow[];
      states: StateTuple[];
      today: TodayCounts | null;
      hasReviews: boolean;
    }
  >(Prisma.sql`
    SELECT ${SETTINGS_COLUMNS}, ${DECKS_COLUMN} AS decks, ${SUSPENDED_COLUMN} AS suspended,
      (SELECT COALESCE(json_agg(w ORDER BY w."setId", w.position), '[]')
        FROM (${writtenCardRows(userId, now)}) w) AS written,
      (SELECT COALESCE(json_agg(json_build_array("cardId", ${memoryJson()}, version)), '[]')
        FROM "CardState" WHERE "userId" = u.id ${oneDeck}) AS states,
      CASE WHEN u."timeZone" = ${zone} THEN (
        SELECT COALESCE(json_agg(t), '[]') FROM (${reviewsByState(userId, start, end)}) t)
      END AS today,
      ${anyReview(userId)} AS "hasReviews"
    FROM ${SETTINGS_FROM} WHERE u.id = ${userId}`);
  if (!row) throw new Error(`No user ${userId}`);
  const { decks, suspended, written, states, today, hasReviews, ...settings } = row;
  return {
    scope: {
      settings: toStudySettings(settings),
      decks: new Set(decks),
      written: written.map(toWrittenCard),
      suspended: new Set(suspended),
    },
    rows: states.map(fromTuple),
    todayByState: today,
    hasReviews,
  };
}

/** Whether the learner has a review to undo. */
async function hasAnyReview(userId: string): Promise<boolean> {
  const [row] = await sqlQuery<{ found: boolean }>(
    Prisma.sql`SELECT ${anyReview(userId)} AS found`,
  );
  return row!.found;
}

/**
 * What both the study screen and the offline pack are made from. Without a scope it is one
 * statement (readWholeState), or none when the caller made it; a grade, which read the scope in
 * its transaction, reads the rest with three.
 */
async function readStudyState(userId: string, session: SessionScope, now: Date, known: Known) {
  const whole =
    known.whole ??
    (known.scope
      ? null
      : await readWholeState(
          userId,
          session.assignment ? undefined : session.deck,
          now,
          known.timeZone ?? "UTC",
        ));
  const scope = known.scope ?? whole!.scope;
  const { settings } = scope;
  const { cards, studying, plan } = await getScopedCards(userId, session, now, scope);
  const { day, start, end } = dayBounds(now, settings.timeZone);
  const [rows, todayByState, hasReviews] = whole
    ? [
        whole.rows,
        whole.todayByState ?? (await countReviewsByState(userId, start, end)),
        whole.hasReviews,
      ]
    : await Promise.all([
        readCardStates(userId, cards),
        countReviewsByState(userId, start, end),
        known.canUndo ? true : hasAnyReview(userId),
      ]);
  // The whole read has every state of the learner's (or of the deck): keep the scope's.
  const inScope = whole ? new Set(cards.map((c) => c.id)) : null;
  const states = new Map<string, StoredCardState>();
  for (const r of rows)
    if (!inScope || inScope.has(r.cardId))
      states.set(r.cardId, { memory: toMemory(r), version: r.version });
  const countToday = (state: number) => todayByState.find((g) => g.state === state)?.count ?? 0;
  const extraNew = settings.extraNewCardsDay === day ? settings.extraNewCards : 0;
  return {
    settings,
    cards,
    studying,
    plan,
    states,
    day,
    canUndo: hasReviews,
    newPerDay: settings.newCardsPerDay + extraNew,
    newStudiedToday: countToday(0),
    reviewsDoneToday: countToday(2),
  };
}

const toSession = (scopeOrDeck: SessionScope | string | undefined): SessionScope =>
  typeof scopeOrDeck === "object" ? scopeOrDeck : { deck: scopeOrDeck };

type StudyState = Awaited<ReturnType<typeof readStudyState>>;

/** Today's queue of a state read once. */
function queueOf(state: StudyState, now: Date) {
  return buildQueue({
    cards: state.cards,
    states: state.states,
    now,
    timeZone: state.settings.timeZone,
    newPerDay: state.newPerDay,
    reviewsPerDay: state.settings.maxReviewsPerDay,
    newStudiedToday: state.newStudiedToday,
    reviewsDoneToday: state.reviewsDoneToday,
    // An assignment's cards are due by its date, not one per sibling group a day.
    burySiblings: state.plan === null,
  });
}

/** The study screen's view of a state read once (see getStudySession). */
function toSessionView(state: StudyState, session: SessionScope, now: Date): StudySessionView {
  const deck = session.assignment ? undefined : session.deck;
  const { settings, cards, studying, plan, canUndo } = state;
  const queue = queueOf(state, now);

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
      deckName: isWritten(flashcard) ? flashcard.setName : deckName(flashcard.deckId),
      writtenByInstructor: isWritten(flashcard),
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
  return {
    deck: deck ?? null,
    deckName: plan ? plan.name : deck ? deckName(deck) : "Your decks",
    studying,
    card,
    counts: queue.counts,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    timeZone: settings.timeZone,
    canUndo,
    newLimitReached: !card && queue.newHeldBack > 0,
    buried: queue.buried,
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

/** The offline pack (lib/domain/srs/offline-pack.ts) of a state read once. */
function toPack(state: StudyState, userId: string, deck: string | undefined, now: Date) {
  const { settings, cards, states } = state;
  return {
    owner: userId,
    deck: deck ?? null,
    deckName: deck ? deckName(deck) : "Your decks",
    savedAt: now.toISOString(),
    timeZone: settings.timeZone,
    desiredRetention: settings.desiredRetention,
    parameters: settings.fsrsParameters,
    newPerDay: state.newPerDay,
    reviewsPerDay: settings.maxReviewsPerDay,
    countsDay: state.day,
    newStudiedToday: state.newStudiedToday,
    reviewsDoneToday: state.reviewsDoneToday,
    cards: cards.map((c) => ({
      id: c.id,
      deckId: c.deckId,
      deckName: isWritten(c) ? c.setName : deckName(c.deckId),
      writtenByInstructor: isWritten(c),
      front: c.front,
      back: c.back,
      siblingKey: c.siblingKey,
      sources: c.sources,
    })),
    states: Object.fromEntries(
      [...states].map(([id, s]) => [id, { memory: memoryToJson(s.memory), version: s.version }]),
    ),
  } satisfies OfflinePack;
}

/**
 * What the study screen shows now: the next card (with the interval each button would give),
 * the new / learning / review counts left today, and when the next card is due if none is.
 * The daily limits count every card studied today, in any scope.
 */
export async function getStudySession(
  userId: string,
  scopeOrDeck: SessionScope | string | undefined,
  now = new Date(),
  /** A grade passes what it already read, and that a review log exists (it just wrote one). */
  known: Known = {},
): Promise<StudySessionView> {
  const session = toSession(scopeOrDeck);
  return toSessionView(await readStudyState(userId, session, now, known), session, now);
}

/**
 * Home's flashcard tile (issue 15): the counts left today of the session over every deck the
 * learner studies, as getStudySession counts them, from one statement and without building its
 * card. A learner who studies no deck yet gets the counts of every deck ("Start studying" adds
 * them all).
 */
export async function getStudyCounts(
  userId: string,
  now = new Date(),
  /** The session's time zone, as for getStudyPage. */
  timeZone?: string,
): Promise<{ studying: boolean; counts: StudySessionView["counts"] }> {
  const whole = await readWholeState(userId, undefined, now, timeZone ?? "UTC");
  const studying = whole.scope.decks.size > 0;
  const scope = studying ? whole.scope : { ...whole.scope, decks: new Set([ALL_DECKS]) };
  const state = await readStudyState(userId, {}, now, { whole, scope });
  return { studying, counts: queueOf(state, now).counts };
}

/**
 * What the study page renders (issue 15): the session, from one read of the learner's state,
 * and where the device's offline pack belongs. The pack itself (every card in scope, about
 * 90 KB for all decks) is not sent with the page: the page fetches it after the first paint
 * (getStudySessionAndPack), and an assignment's session is studied online only.
 */
export async function getStudyPage(
  userId: string,
  scope: SessionScope,
  now = new Date(),
  /** The session's time zone (requireUser reads it): today's counts come in the same read. */
  timeZone?: string,
): Promise<{ session: StudySessionView; packFor: PackOwner | null }> {
  const session = await getStudySession(userId, scope, now, { timeZone });
  return {
    session,
    packFor: scope.assignment ? null : { owner: userId, deck: scope.deck ?? null },
  };
}

/**
 * The session and everything the study page needs to go on offline, from one read: the cards
 * in scope with their state and version, the scheduling settings and today's counts.
 */
export async function getStudySessionAndPack(
  userId: string,
  deck: string | undefined,
  now = new Date(),
  timeZone?: string,
): Promise<StudyPackView> {
  const state = await readStudyState(userId, { deck }, now, { timeZone });
  return { session: toSessionView(state, { deck }, now), pack: toPack(state, userId, deck, now) };
}

/** The offline pack alone (lib/domain/srs/offline-pack.ts). */
export async function getOfflinePack(
  userId: string,
  deck: string | undefined,
  now = new Date(),
): Promise<OfflinePack> {
  return toPack(await readStudyState(userId, { deck }, now, {}), userId, deck, now);
}
