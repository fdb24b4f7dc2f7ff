/**
 * The answers the server confirmed for an attempt, and where the learner was, kept on the
 * device with the server's time of saving. The service worker keeps a quiz page network first
 * (lib/service-worker/offline-routes.ts), so a page reopened offline is the copy from when it
 * was last loaded, which lacks every answer given since: "1 of 10 answered" after ten, and a
 * practice question answered again, against a final answer. The player merges what this device
 * knows to be newer than its copy: an entry saved after the view was made (`savedAt` later than
 * the view's `serverNow`, both on the server's clock, so the device's clock does not matter).
 * A view made later already holds the entry, or something newer from another device.
 *
 * Storage comes in as an argument (localStorage in the browser), so the tests use a fake.
 * Storage is editable by anyone at the keyboard: what is read is parsed, never cast.
 */
import { z } from "zod";
import {
  QUIZ_ATTEMPT_PREFIX,
  keysStartingWith,
  savedAnswersKey,
  type KeyValueStorage,
  type ListableStorage,
} from "@/lib/client/offline-storage-keys";
import { QuestionSchema } from "@/lib/domain/questions/question-schema";
import { ResponseSchema } from "@/lib/domain/questions/response-schema";
import type { GradeDetail, Response } from "@/lib/domain/questions/types";
import type { AttemptPlace, QuestionFeedback } from "@/lib/domain/quiz/player-view";

export type SavedAnswer = { response: Response; feedback?: QuestionFeedback; savedAt: string };

const Instant = z.iso.datetime();
const FeedbackSchema = z.object({
  score: z.number().min(0).max(1),
  correct: z.boolean(),
  detail: z.custom<GradeDetail>((value) => typeof value === "object" && value !== null),
  question: QuestionSchema,
});
const PlaceSchema = z.object({
  currentPosition: z.number().int().min(0),
  flaggedPositions: z.array(z.number().int().min(0)),
  savedAt: Instant,
});
const SavedSchema = z.object({
  answers: z.record(
    z.string().regex(/^\d{1,3}$/),
    z.object({ response: ResponseSchema, feedback: FeedbackSchema.optional(), savedAt: Instant }),
  ),
  place: PlaceSchema.optional(),
});
type Saved = { answers: Record<string, SavedAnswer>; place?: AttemptPlace };

const EMPTY: Saved = { answers: {} };

function read(storage: KeyValueStorage, attemptId: string): Saved {
  try {
    const raw = storage.getItem(savedAnswersKey(attemptId));
    if (!raw) return EMPTY;
    const parsed = SavedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as Saved) : EMPTY;
  } catch {
    return EMPTY;
  }
}

function write(storage: KeyValueStorage, attemptId: string, saved: Saved): void {
  try {
    storage.setItem(savedAnswersKey(attemptId), JSON.stringify(saved));
  } catch {
    // Storage full or blocked: a copy reopened offline shows less, the server has it all.
  }
}

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** The server confirmed this answer (the one it holds now) to the question at `position`. */
export function rememberSavedAnswer(
  storage: KeyValueStorage,
  attemptId: string,
  position: number,
  answer: SavedAnswer,
): void {
  const saved = read(storage, attemptId);
  const kept = saved.answers[position];
  // Replies may arrive out of order: the later save wins.
  if (kept && later(kept.savedAt, answer.savedAt)) return;
  write(storage, attemptId, { ...saved, answers: { ...saved.answers, [position]: answer } });
}

/** The server stored where the learner is and what they flagged. */
export function rememberPlace(storage: KeyValueStorage, attemptId: string, place: AttemptPlace) {
  const saved = read(storage, attemptId);
  if (saved.place && later(saved.place.savedAt, place.savedAt)) return;
  write(storage, attemptId, { ...saved, place });
}

/** The confirmed answer kept for `position`, however old. */
export function savedAnswerAt(
  storage: KeyValueStorage,
  attemptId: string,
  position: number,
): SavedAnswer | null {
  return read(storage, attemptId).answers[position] ?? null;
}

/** What this device saved after the view was made (at `serverNow`), for the player to merge. */
export function savedSince(
  storage: KeyValueStorage,
  attemptId: string,
  serverNow: string,
): { answers: [number, SavedAnswer][]; place: AttemptPlace | null } {
  const saved = read(storage, attemptId);
  const answers = Object.entries(saved.answers)
    .filter(([, answer]) => later(answer.savedAt, serverNow))
    .map(([position, answer]): [number, SavedAnswer] => [Number(position), answer]);
  const place = saved.place && later(saved.place.savedAt, serverNow) ? saved.place : null;
  return { answers, place };
}

/** How long an attempt's saved answers are kept after their last save (a quiz left for good). */
export const SAVED_ANSWERS_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Forgets the saved answers of attempts not saved to for `maxAgeMs` (submitted on another
 * device, or abandoned): an attempt finished, discarded or signed out of here is forgotten at
 * once; these would otherwise stay for good.
 */
export function pruneSavedAnswers(storage: ListableStorage, now: number, maxAgeMs: number): void {
  for (const key of keysStartingWith(storage, QUIZ_ATTEMPT_PREFIX)) {
    if (!key.endsWith(":saved")) continue;
    const attemptId = key.slice(QUIZ_ATTEMPT_PREFIX.length, -":saved".length);
    const saved = read(storage, attemptId);
    const times = [
      ...Object.values(saved.answers).map((a) => Date.parse(a.savedAt)),
      ...(saved.place ? [Date.parse(saved.place.savedAt)] : []),
    ];
    // An unreadable entry (no times) goes too.
    if (times.length === 0 || now - Math.max(...times) > maxAgeMs) storage.removeItem(key);
  }
}
