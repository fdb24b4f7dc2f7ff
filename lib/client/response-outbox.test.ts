import { describe, expect, test } from "vitest";
import type { Response } from "@/lib/domain/questions/types";
import type { SaveResponseResult } from "@/lib/domain/quiz/player-view";
import type { RequestResult } from "./request-json";
import {
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  ResponseOutbox,
  type OutboxClock,
  type OutboxEvent,
  type OutboxStorage,
} from "./response-outbox";

type Result = RequestResult<SaveResponseResult>;

/** A clock whose time moves only when the test says so. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { due: number; run: () => void }>();
  const clock: OutboxClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.set(id, { due: now + ms, run });
      return id;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  /** Moves time forward, firing due timers in order, and lets their sends settle. */
  async function advance(ms: number) {
    const until = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.due <= until).sort((a, b) => a[1].due - b[1].due);
      const first = due[0];
      if (!first) break;
      timers.delete(first[0]);
      now = first[1].due;
      first[1].run();
      await settle();
    }
    now = until;
    await settle();
  }
  const nextDue = () => Math.min(...[...timers.values()].map((t) => t.due)) - now;
  return { clock, advance, nextDue };
}

function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** A server whose reply to each (position, response) is decided by a function of the test. */
function fakeNetwork(reply: (position: number, response: Response) => Result) {
  const sent: [number, Response][] = [];
  const stored = new Map<number, Response>();
  const send = async (position: number, response: Response): Promise<Result> => {
    sent.push([position, response]);
    const result = reply(position, response);
    if (result.kind === "ok") stored.set(position, response);
    return result;
  };
  return { send, sent, stored };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const answer = (optionId: string): Response => ({ kind: "single-choice", optionId });
const ok = (position: number): Result => ({
  kind: "ok",
  data: { position, savedAt: "2026-03-10T09:00:00.000Z" },
});
const offline: Result = { kind: "retry", status: null, error: "offline" };
const refused = (status: number, error: string): Result => ({
  kind: "rejected",
  status,
  error,
  fieldErrors: {},
});

function setUp(reply: (position: number, response: Response) => Result, storage = memoryStorage()) {
  const time = fakeClock();
  const network = fakeNetwork(reply);
  const events: OutboxEvent[] = [];
  const outbox = new ResponseOutbox({
    storageKey: "k",
    send: network.send,
    storage,
    clock: time.clock,
    random: () => 0.5, // no jitter: delays are exact
  });
  outbox.setListener((event) => events.push(event));
  outbox.start();
  return { outbox, network, storage, events, ...time };
}

describe("the autosave queue", () => {
  test("a refused answer is final for that answer; the others still reach the server", async () => {
    const t = setUp((position) => (position === 1 ? refused(400, "Too long.") : ok(position)));
    for (let p = 0; p < 5; p++) t.outbox.put(p, answer(`o${p}`));
    await t.advance(0);
    expect([...t.network.stored.keys()].sort()).toEqual([0, 2, 3, 4]);
    const state = t.outbox.getState();
    expect(state.status).toBe("idle");
    expect(state.pending.size).toBe(0);
    expect([...state.refused]).toEqual([[1, "Too long."]]);
    expect(t.network.sent.filter(([p]) => p === 1)).toHaveLength(1); // not retried
    expect(t.storage.data.has("k")).toBe(false);
  });

  test("changing a refused answer clears the refusal and sends the new one", async () => {
    let refuse = true;
    const t = setUp((p) => (refuse ? refused(422, "Not an option.") : ok(p)));
    t.outbox.put(0, answer("bad"));
    await t.advance(0);
    expect(t.outbox.getState().refused.get(0)).toBe("Not an option.");
    refuse = false;
    t.outbox.put(0, answer("good"));
    expect(t.outbox.getState().refused.has(0)).toBe(false);
    await t.advance(0);
    expect(t.network.stored.get(0)).toEqual(answer("good"));
  });

  test.each([
    ["no connection", offline, "offline"],
    ["a 500", { kind: "retry", status: 500, error: "boom" } as Result, "retrying"],
    ["a 503", { kind: "retry", status: 503, error: "db down" } as Result, "retrying"],
  ])("%s is retried with doubling backoff until it goes through", async (_, failure, status) => {
    let failuresLeft = 3;
    const t = setUp((p) => (failuresLeft-- > 0 ? failure : ok(p)));
    t.outbox.put(0, answer("a"));
    await t.advance(0);
    expect(t.outbox.getState().status).toBe(status);
    expect(t.nextDue()).toBe(FIRST_RETRY_MS);
    await t.advance(FIRST_RETRY_MS);
    expect(t.nextDue()).toBe(2 * FIRST_RETRY_MS);
    await t.advance(2 * FIRST_RETRY_MS);
    expect(t.nextDue()).toBe(4 * FIRST_RETRY_MS);
    expect(t.network.stored.size).toBe(0);
    // Still in storage all along: a reload would not lose it.
    expect(JSON.parse(t.storage.data.get("k") ?? "[]")).toEqual([[0, answer("a")]]);
    await t.advance(4 * FIRST_RETRY_MS);
    expect(t.network.stored.get(0)).toEqual(answer("a"));
    expect(t.network.sent).toHaveLength(4);
    expect(t.outbox.getState().status).toBe("idle");
  });

  test("the backoff stops doubling at its ceiling and honours Retry-After", async () => {
    const t = setUp(() => ({ kind: "retry", status: 503, error: "", retryAfterSeconds: 5 }));
    t.outbox.put(0, answer("a"));
    await t.advance(0);
    expect(t.nextDue()).toBe(5_000); // Retry-After beats the first 1 s
    for (let i = 0; i < 10; i++) await t.advance(t.nextDue());
    expect(t.nextDue()).toBe(MAX_RETRY_MS);
  });

  test("an answer the server keeps failing on does not hold the others back", async () => {
    const t = setUp((p) => (p === 0 ? { kind: "retry", status: 500, error: "" } : ok(p)));
    for (let p = 0; p < 3; p++) t.outbox.put(p, answer(`o${p}`));
    await t.advance(0);
    for (let i = 0; i < 3; i++) await t.advance(t.nextDue());
    expect([...t.network.stored.keys()].sort()).toEqual([1, 2]);
    expect([...t.outbox.getState().pending]).toEqual([0]);
  });

  test("back online: what was kept is sent at once, each answer once", async () => {
    let up = false;
    const t = setUp((p) => (up ? ok(p) : offline));
    for (let p = 0; p < 4; p++) t.outbox.put(p, answer(`o${p}`));
    await t.advance(0);
    expect(t.outbox.getState().status).toBe("offline");
    // The learner keeps answering while offline; the newest answer per question wins.
    t.outbox.put(2, answer("changed"));
    up = true;
    t.outbox.reconnected();
    await t.advance(0);
    expect(t.network.stored.get(2)).toEqual(answer("changed"));
    expect(t.network.stored.size).toBe(4);
    const okSends = t.network.sent.slice(1); // the first went out while offline
    expect(new Set(okSends.map(([p]) => p)).size).toBe(okSends.length);
  });

  test("what an earlier page left unsent is restored from storage and sent", async () => {
    const storage = memoryStorage();
    storage.setItem(
      "k",
      JSON.stringify([
        [3, answer("x")],
        ["junk", 1],
        [4, { kind: "nope" }],
      ]),
    );
    const t = setUp((p) => ok(p), storage);
    await t.advance(0);
    expect(t.events[0]).toEqual({ type: "restored", entries: [[3, answer("x")]] });
    expect([...t.network.stored]).toEqual([[3, answer("x")]]);
  });

  test("409 stops the queue (the attempt is over); 401 keeps the answer for later", async () => {
    const over = setUp(() => refused(409, "The attempt is over."));
    over.outbox.put(0, answer("a"));
    over.outbox.put(1, answer("b"));
    await over.advance(0);
    expect(over.outbox.getState().status).toBe("blocked");
    expect(over.network.sent).toHaveLength(1);

    const signedOut = setUp(() => refused(401, "Sign in."));
    signedOut.outbox.put(0, answer("a"));
    await signedOut.advance(0);
    expect(signedOut.outbox.getState().status).toBe("blocked");
    expect(signedOut.outbox.has(0)).toBe(true);
    expect(signedOut.storage.data.has("k")).toBe(true);
  });

  test("drain resolves true once all is sent and false while the server is away", async () => {
    let up = false;
    const t = setUp((p) => (up ? ok(p) : offline));
    t.outbox.put(0, answer("a"));
    const first = t.outbox.drain({ timeoutMs: 1_000 });
    await t.advance(0);
    expect(await first).toBe(false);
    up = true;
    const second = t.outbox.drain({ force: true });
    await t.advance(0);
    expect(await second).toBe(true);
  });
});
