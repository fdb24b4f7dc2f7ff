/**
 * Sign-out's last try at the quiz answers the device still holds (the player's autosave queue,
 * lib/client/response-outbox.ts, which is left behind when a tab closes offline or the server
 * was down): each is sent once; what the server confirms or refuses for good leaves the queue,
 * and the first failure to reach it (no connection, 5xx) stops the run, with the rest kept and
 * counted, so the learner can be asked before sign-out deletes them. No schema is loaded here
 * (the header's menu calls it on every page): the server validates every answer anyway.
 */
import type { RequestResult } from "@/lib/client/request-json";
import {
  listUnsentAnswers,
  unsentAnswersKey,
  type ListableStorage,
} from "@/lib/client/offline-storage-keys";

export type SendAnswer = (
  attemptId: string,
  position: unknown,
  response: unknown,
) => Promise<RequestResult<unknown>>;

/** Sends what waits, in the order it was queued; returns how many answers are still unsent. */
export async function sendUnsentAnswers(
  storage: ListableStorage,
  send: SendAnswer,
): Promise<number> {
  let unreachable = false;
  let unsent = 0;
  for (const { attemptId, entries } of listUnsentAnswers(storage)) {
    const kept: [unknown, unknown][] = [];
    for (const [position, response] of entries) {
      const result = unreachable ? null : await send(attemptId, position, response);
      if (result === null || result.kind === "retry") {
        unreachable = true;
        kept.push([position, response]);
      }
    }
    unsent += kept.length;
    const key = unsentAnswersKey(attemptId);
    if (kept.length) storage.setItem(key, JSON.stringify(kept));
    else storage.removeItem(key);
  }
  return unsent;
}
