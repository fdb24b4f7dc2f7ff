/**
 * Where the device keeps its offline study copies (localStorage), apart from the queue's logic so
 * that sign-out, in every page's header, can forget the packs without loading the scheduler and
 * the schemas that read them (zod and ts-fsrs, about 45 KB compressed).
 */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Everything the offline review queue writes starts with this (sign-out removes the packs). */
export const STORAGE_PREFIX = "study-offline:";

export const packKey = (owner: string, deck: string | null) =>
  `${STORAGE_PREFIX}pack:${owner}:${deck ?? "all"}`;

export const queueKey = (owner: string) => `${STORAGE_PREFIX}grades:${owner}`;

/**
 * On sign-out: the device forgets its copies of the learner's packs (cards and schedule). Grades
 * not yet sent stay, keyed by their account, and go out at that account's next study session.
 */
export function forgetPacks(storage: KeyValueStorage & { key(i: number): string | null }): void {
  const keys: string[] = [];
  for (let i = 0; ; i++) {
    const key = storage.key(i);
    if (key === null) break;
    if (key.startsWith(`${STORAGE_PREFIX}pack:`)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
