/**
 * Where the device keeps its offline study copies and the quiz player's answers
 * (localStorage), apart from the code that reads them so that sign-out, in every page's
 * header, can forget them without loading the scheduler and the schemas that read them (zod
 * and ts-fsrs, about 45 KB compressed).
 */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;
/** Storage whose keys can be listed (localStorage): what forgetting by prefix needs. */
export type ListableStorage = KeyValueStorage & { key(i: number): string | null };

/** Everything the offline review queue writes starts with this (sign-out removes the packs). */
export const STORAGE_PREFIX = "study-offline:";

export const packKey = (owner: string, deck: string | null) =>
  `${STORAGE_PREFIX}pack:${owner}:${deck ?? "all"}`;

export const queueKey = (owner: string) => `${STORAGE_PREFIX}grades:${owner}`;

/** Everything the quiz player keeps for an attempt starts with this. */
export const QUIZ_ATTEMPT_PREFIX = "quiz-attempt:";

const attemptKey = (attemptId: string, rest: string) =>
  `${QUIZ_ATTEMPT_PREFIX}${attemptId}:${rest}`;

/** A practice answer picked or typed but not checked yet (components/quiz/practice-drafts.ts). */
export const draftKey = (attemptId: string, position: number) =>
  attemptKey(attemptId, `draft:${position}`);

/** Answers given but not confirmed by the server yet (lib/client/response-outbox.ts). */
export const unsentAnswersKey = (attemptId: string) => attemptKey(attemptId, "unsent-answers");

/** Answers the server confirmed, and where the learner was (lib/client/saved-answers.ts). */
export const savedAnswersKey = (attemptId: string) => attemptKey(attemptId, "saved");

const UNSENT_SUFFIX = ":unsent-answers";

export function keysStartingWith(storage: ListableStorage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; ; i++) {
    const key = storage.key(i);
    if (key === null) break;
    if (key.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/**
 * On sign-out: the device forgets its copies of the learner's packs (cards and schedule). Grades
 * not yet sent stay, keyed by their account, and go out at that account's next study session.
 */
export function forgetPacks(storage: ListableStorage): void {
  for (const key of keysStartingWith(storage, `${STORAGE_PREFIX}pack:`)) storage.removeItem(key);
}

/**
 * What the quiz player keeps on the device (drafts, answers not sent yet, answers saved), for
 * one attempt (it is over) or, on sign-out, for every attempt: quiz answers are not keyed by
 * account, and a shared computer's next user must not find them.
 */
export function forgetQuizAttempts(storage: ListableStorage, attemptId?: string): void {
  const prefix = attemptId === undefined ? QUIZ_ATTEMPT_PREFIX : attemptKey(attemptId, "");
  for (const key of keysStartingWith(storage, prefix)) storage.removeItem(key);
}

/** A queue of answers not sent yet, as the player left it (read, not trusted: the server is). */
export type UnsentAnswers = {
  attemptId: string;
  entries: [position: unknown, response: unknown][];
};

/** Every attempt's answers not yet confirmed by the server. */
export function listUnsentAnswers(storage: ListableStorage): UnsentAnswers[] {
  return keysStartingWith(storage, QUIZ_ATTEMPT_PREFIX).flatMap((key): UnsentAnswers[] => {
    if (!key.endsWith(UNSENT_SUFFIX)) return [];
    const attemptId = key.slice(QUIZ_ATTEMPT_PREFIX.length, -UNSENT_SUFFIX.length);
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? "[]");
      if (!Array.isArray(parsed)) return [];
      const entries = parsed.filter(
        (entry): entry is [unknown, unknown] => Array.isArray(entry) && entry.length === 2,
      );
      return entries.length ? [{ attemptId, entries }] : [];
    } catch {
      return [];
    }
  });
}
