// Input schemas for flashcard study and settings (browser -> server; untrusted).
import { z } from "zod";
import { MAX_RETENTION, MIN_RETENTION } from "@/lib/domain/srs/schedule";

export { ALL_DECKS } from "@/lib/domain/flashcards/all-decks";
const DeckId = z.string().regex(/^[a-z0-9-]{1,64}$/, "Unknown deck.");
const CardId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9:._-]+$/i, "Unknown card.");

const AssignmentId = z.string().regex(/^[a-z0-9]{1,64}$/i, "Unknown assignment.");

/** What a study session covers: one deck, the cards of one assignment, or (neither) every deck. */
export const deckScopeSchema = z
  .strictObject({ deck: DeckId.optional(), assignment: AssignmentId.optional() })
  .refine((s) => !(s.deck && s.assignment), "Study a deck or an assignment, not both.");

/** Suspend a card (out of the learner's own study) or unsuspend it. */
export const cardSuspensionSchema = z.strictObject({
  suspended: z.boolean({ error: "Say whether to suspend the card." }),
});

export const cardIdSchema = CardId;

export const gradeCardSchema = z.strictObject({
  cardId: CardId,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "A grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
  }),
  /** Chosen by the browser per grade: the same grade sent twice is recorded once. */
  requestId: z.string().uuid("A grade needs a request id."),
  /** The card state version the learner saw (0 for a new card). */
  expectedVersion: z.number().int().min(0),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000)
    .optional(),
  deck: DeckId.optional(),
  assignment: AssignmentId.optional(),
  /**
   * When the learner graded the card, for a grade made offline and sent later (the server
   * checks it is neither in the future nor older than OFFLINE_GRADE_MAX_AGE_DAYS).
   */
  reviewedAt: z.iso.datetime({ offset: true }).optional(),
  /**
   * What the reply carries: the next study state ("session", the default), or only the graded
   * card's new state ("graded", for a device that picks the next card from its offline pack).
   */
  reply: z.enum(["session", "graded"]).optional(),
});

/** How long a grade made offline may wait on the device and still be recorded. */
export const OFFLINE_GRADE_MAX_AGE_DAYS = 7;
/** Clocks differ: a review time this far past the server's clock still counts as now. */
export const CLOCK_SKEW_MS = 2 * 60_000;

export const deckSubscriptionSchema = z.strictObject({ studying: z.boolean() });

/**
 * A whole number typed into a field. An empty field is refused: coerced, "" became 0, and a
 * learner who cleared "New cards per day" to retype it was told "Settings saved." and got no new
 * cards from then on.
 */
const typedWholeNumber = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? Number.NaN : value),
    z.coerce
      .number({ error: "Enter a number." })
      .int("Use a whole number.")
      .min(0, "At least 0.")
      .max(max, `At most ${max}.`),
  );

export const studySettingsSchema = z.strictObject({
  newCardsPerDay: typedWholeNumber(500),
  maxReviewsPerDay: typedWholeNumber(5000),
  desiredRetention: z.coerce
    .number()
    .min(MIN_RETENTION, `Desired retention is at least ${MIN_RETENTION}.`)
    .max(MAX_RETENTION, `Desired retention is at most ${MAX_RETENTION}.`),
  timeZone: z.string().min(1).max(64),
});
