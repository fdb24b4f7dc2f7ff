// Sign-out and the quiz answers the device still holds: sent first, counted when they cannot
// be, and forgotten with everything else the player kept.
import { expect, test } from "vitest";
import type { RequestResult } from "@/lib/client/request-json";
import {
  draftKey,
  forgetQuizAttempts,
  unsentAnswersKey,
  type ListableStorage,
} from "./offline-storage-keys";
import { sendUnsentAnswers } from "./send-unsent-answers";

function memoryStorage(): ListableStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
  };
}

const answer = (value: boolean) => ({ kind: "true-false", value });
const ok: RequestResult<unknown> = { kind: "ok", data: {} };
const offline: RequestResult<unknown> = { kind: "retry", status: null, error: "offline" };
const gone: RequestResult<unknown> = {
  kind: "rejected",
  status: 409,
  error: "submitted",
  fieldErrors: {},
};

/** Two attempts' queues, a draft and an unrelated key. */
function deviceWithAnswers() {
  const storage = memoryStorage();
  storage.setItem(
    unsentAnswersKey("a1"),
    JSON.stringify([
      [0, answer(true)],
      [3, answer(false)],
    ]),
  );
  storage.setItem(unsentAnswersKey("a2"), JSON.stringify([[1, answer(true)]]));
  storage.setItem(draftKey("a1", 2), JSON.stringify({ kind: "short-answer", text: "private" }));
  storage.setItem("theme", "dark");
  return storage;
}

test("every answer is sent once, in order; confirmed or refused, none is left", async () => {
  const storage = deviceWithAnswers();
  const sent: unknown[] = [];
  const unsent = await sendUnsentAnswers(storage, async (attemptId, position, response) => {
    sent.push([attemptId, position, response]);
    return attemptId === "a2" ? gone : ok;
  });
  expect(unsent).toBe(0);
  expect(sent).toEqual([
    ["a1", 0, answer(true)],
    ["a1", 3, answer(false)],
    ["a2", 1, answer(true)],
  ]);
  expect(storage.getItem(unsentAnswersKey("a1"))).toBeNull();
  expect(storage.getItem(unsentAnswersKey("a2"))).toBeNull();
});

test("no connection stops the run: the rest is counted and kept for the learner", async () => {
  const storage = deviceWithAnswers();
  let calls = 0;
  const unsent = await sendUnsentAnswers(storage, async () => (++calls === 1 ? ok : offline));
  // The first answer went; the second failed; the third was not tried.
  expect(calls).toBe(2);
  expect(unsent).toBe(2);
  expect(JSON.parse(storage.getItem(unsentAnswersKey("a1"))!)).toEqual([[3, answer(false)]]);
  expect(JSON.parse(storage.getItem(unsentAnswersKey("a2"))!)).toEqual([[1, answer(true)]]);
});

test("an unreadable queue is skipped, not sent", async () => {
  const storage = memoryStorage();
  storage.setItem(unsentAnswersKey("a1"), "{not json");
  let calls = 0;
  expect(
    await sendUnsentAnswers(storage, async () => {
      calls++;
      return ok;
    }),
  ).toBe(0);
  expect(calls).toBe(0);
});

test("sign-out forgets every attempt's drafts and answers, and nothing else", () => {
  const storage = deviceWithAnswers();
  forgetQuizAttempts(storage);
  expect([...storage.data.keys()]).toEqual(["theme"]);
});

test("an attempt that is over forgets only its own keys", () => {
  const storage = deviceWithAnswers();
  forgetQuizAttempts(storage, "a1");
  expect([...storage.data.keys()].sort()).toEqual([unsentAnswersKey("a2"), "theme"]);
});
