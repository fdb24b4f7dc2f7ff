/**
 * The quiz player's autosave queue. It holds the newest unconfirmed answer per question and
 * mirrors it in storage (localStorage in the browser), so a reload, a closed tab or a crash
 * loses nothing; an answer leaves the queue only when the server confirms or refuses it.
 *
 * - Answers go one at a time, so an older answer to a question never lands after a newer one.
 * - No connection, a 5xx (503 included) or 408/425/429: kept and retried with exponential
 *   backoff (1 s doubling to 30 s, with jitter; at least the server's Retry-After). The answer
 *   that failed goes to the back of the line, so one answer the server keeps failing on does
 *   not hold the others back.
 * - Another 4xx is final for that answer: it leaves the queue and is listed in `refused` with
 *   the server's reason until the learner changes it; the queue goes on with the others.
 *   409 (the attempt is over) and 401 (signed out) stop the queue: nothing else can land.
 * Re-sending is safe because the server records an identical answer once.
 *
 * Time, storage, randomness and the network come in as arguments (the hook in
 * components/quiz/use-response-outbox.ts passes the browser's), so the tests drive it with a
 * fake clock.
 */
import type { RequestResult } from "@/lib/client/request-json";
import { ResponseSchema } from "@/lib/domain/questions/response-schema";
import type { Response } from "@/lib/domain/questions/types";
import type { SaveResponseResult } from "@/lib/domain/quiz/player-view";
import { sameResponse } from "@/lib/domain/quiz/same-response";

export type OutboxStatus = "idle" | "saving" | "offline" | "retrying" | "blocked";
export type OutboxState = {
  status: OutboxStatus;
  /** Questions whose newest answer has not been confirmed yet. */
  pending: ReadonlySet<number>;
  /** Questions whose answer the server refused for good, with its reason. */
  refused: ReadonlyMap<number, string>;
};

export type OutboxEvent =
  /** Answers found in storage at start-up (sent again, and shown in the controls). */
  | { type: "restored"; entries: [number, Response][] }
  | { type: "saved"; position: number; response: Response; result: SaveResponseResult }
  /** 409: the attempt is over, or (practice) the question already has another answer. */
  | { type: "conflict"; position: number; error: string }
  /** Another 4xx: retrying would get the same answer. 401 keeps the answer queued. */
  | { type: "rejected"; position: number; status: number; error: string };

export type OutboxClock = {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

/** The part of the Web Storage API the queue uses (null: no storage, memory only). */
export type OutboxStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type OutboxOptions = {
  storageKey: string;
  send: (position: number, response: Response) => Promise<RequestResult<SaveResponseResult>>;
  storage: OutboxStorage | null;
  clock: OutboxClock;
  /** In [0, 1): spreads retries so many learners losing one server do not return in step. */
  random: () => number;
};

export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

export const IDLE_STATE: OutboxState = { status: "idle", pending: new Set(), refused: new Map() };

export class ResponseOutbox {
  private readonly pending = new Map<number, Response>();
  private readonly refused = new Map<number, string>();
  private running = false;
  private failures = 0;
  /** Whether the last failure was no connection at all (rather than a server error). */
  private unreachable = false;
  private blocked = false;
  private started = false;
  private timer: unknown = null;
  private timerDue = 0;
  private state: OutboxState = IDLE_STATE;
  private readonly listeners = new Set<() => void>();
  private settleWaiters: (() => void)[] = [];
  private listener: (event: OutboxEvent) => void = () => {};

  constructor(private readonly options: OutboxOptions) {}

  /** Who hears about confirmations and refusals (the player, with its latest state). */
  setListener(listener: (event: OutboxEvent) => void): void {
    this.listener = listener;
  }

  // --- useSyncExternalStore ---------------------------------------------------------------
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getState = () => this.state;

  /** Loads what an earlier page left unsent and starts sending; safe to call twice. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const restored = this.read().filter(([position]) => !this.pending.has(position));
    for (const [position, response] of restored) this.pending.set(position, response);
    if (restored.length) this.listener({ type: "restored", entries: restored });
    this.publish();
    this.kick(0);
  }

  /** Stops timers; what is unsent stays in storage for the next page. */
  stop(): void {
    this.started = false;
    this.clearTimer();
  }

  /**
   * Queues an answer. delayMs lets typing settle before it is sent; the answer is in storage
   * at once either way, so closing the tab mid-pause still keeps it.
   */
  put(position: number, response: Response, delayMs = 0): void {
    this.pending.set(position, response);
    this.refused.delete(position);
    this.blocked = false;
    this.write();
    this.publish();
    this.kick(delayMs);
  }

  /** Forgets an unsent answer (it was emptied before it ever reached the server, or is stale). */
  discard(position: number): void {
    const refused = this.refused.delete(position);
    if (!this.pending.delete(position) && !refused) return;
    this.write();
    this.publish();
  }

  /** Forgets everything: the attempt is over. */
  clear(): void {
    this.pending.clear();
    this.refused.clear();
    this.write();
    this.clearTimer();
    this.publish();
  }

  has(position: number): boolean {
    return this.pending.has(position);
  }

  /** Sends now what is waiting for a typing pause (but keeps any backoff). */
  flushNow(): void {
    this.kick(0);
  }

  /** The connection is back (the browser's `online` event): retry at once. */
  reconnected(): void {
    this.failures = 0;
    this.blocked = false;
    this.clearTimer();
    this.kick(0);
  }

  /**
   * Resolves once nothing is queued (true), or when sending failed or timeoutMs passed
   * (false). With force it retries at once even during a backoff (the learner is submitting).
   */
  drain({
    force = false,
    timeoutMs = 10_000,
  }: { force?: boolean; timeoutMs?: number } = {}): Promise<boolean> {
    if (force) {
      this.failures = 0;
      this.blocked = false;
      this.clearTimer();
    }
    const { clock } = this.options;
    return new Promise((resolve) => {
      const timeout = clock.setTimeout(() => finish(), timeoutMs);
      const finish = () => {
        clock.clearTimeout(timeout);
        this.settleWaiters = this.settleWaiters.filter((w) => w !== finish);
        resolve(this.pending.size === 0);
      };
      this.settleWaiters.push(finish);
      this.kick(0);
      this.settleIfQuiet();
    });
  }

  // --- internals -----------------------------------------------------------------------------

  private kick(delayMs: number): void {
    if (this.running || this.blocked || this.pending.size === 0) return;
    if (this.failures > 0 && this.timer !== null) return; // a backoff is running: keep it
    const due = this.options.clock.now() + delayMs;
    if (this.timer !== null && this.timerDue <= due) return;
    this.clearTimer();
    if (delayMs <= 0) {
      void this.run();
      return;
    }
    this.schedule(delayMs);
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timerDue = this.options.clock.now() + delayMs;
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    if (this.running || this.blocked) return;
    this.running = true;
    this.publish();
    try {
      while (!this.blocked) {
        const next = this.pending.entries().next();
        if (next.done) break;
        const [position, response] = next.value;
        const result = await this.options.send(position, response).catch(
          // A send that throws is a network failure like any other.
          (): RequestResult<SaveResponseResult> => ({ kind: "retry", status: null, error: "" }),
        );
        // The learner may have changed the answer while it was on its way: keep the newer one.
        const current = this.pending.get(position);
        const unchanged = current !== undefined && sameResponse(current, response);
        if (result.kind === "ok") {
          this.failures = 0;
          if (unchanged) this.forget(position);
          this.listener({ type: "saved", position, response, result: result.data });
        } else if (result.kind === "retry") {
          this.failures++;
          this.unreachable = result.status === null;
          // To the back of the line: the next attempt starts with another answer.
          if (current !== undefined) {
            this.pending.delete(position);
            this.pending.set(position, current);
          }
          this.scheduleRetry(result.retryAfterSeconds);
          break;
        } else if (result.status === 409) {
          if (unchanged) this.forget(position);
          // Nothing else can land either once the attempt is over; the player decides what next.
          this.blocked = true;
          this.listener({ type: "conflict", position, error: result.error });
        } else if (result.status === 401) {
          // Signed out: the answer is still wanted once the learner signs in again.
          this.blocked = true;
          this.listener({ type: "rejected", position, status: result.status, error: result.error });
        } else {
          // Final for this answer; the others still go. A newer answer to the same question
          // stays queued and gets its own verdict.
          this.failures = 0;
          if (unchanged) {
            this.forget(position);
            this.refused.set(position, result.error);
          }
          this.listener({ type: "rejected", position, status: result.status, error: result.error });
        }
        this.publish();
      }
    } finally {
      this.running = false;
      this.publish();
      this.settleIfQuiet();
    }
  }

  private scheduleRetry(retryAfterSeconds: number | undefined): void {
    const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    const jittered = Math.round(base * (0.8 + this.options.random() * 0.4));
    // The server's Retry-After is a floor (within reason: a learner is waiting).
    const floor = Math.min(MAX_RETRY_MS, (retryAfterSeconds ?? 0) * 1000);
    this.schedule(Math.max(jittered, floor));
  }

  private settleIfQuiet(): void {
    if (this.running) return;
    if (this.pending.size === 0 || this.failures > 0 || this.blocked)
      for (const waiter of [...this.settleWaiters]) waiter();
  }

  private forget(position: number): void {
    this.pending.delete(position);
    this.write();
  }

  private publish(): void {
    const status: OutboxStatus = this.blocked
      ? "blocked"
      : this.failures > 0 && this.pending.size > 0
        ? this.unreachable
          ? "offline"
          : "retrying"
        : this.running || this.pending.size > 0
          ? "saving"
          : "idle";
    const pending = new Set(this.pending.keys());
    const same =
      status === this.state.status &&
      pending.size === this.state.pending.size &&
      [...pending].every((p) => this.state.pending.has(p)) &&
      this.refused.size === this.state.refused.size &&
      [...this.refused].every(([p, reason]) => this.state.refused.get(p) === reason);
    if (same) return;
    this.state = { status, pending, refused: new Map(this.refused) };
    for (const listener of this.listeners) listener();
  }

  private read(): [number, Response][] {
    try {
      const raw = this.options.storage?.getItem(this.options.storageKey);
      if (!raw) return [];
      const parsed: unknown = JSON.parse(raw);
      if (!Array.isArray(parsed)) return [];
      // Storage is editable by anyone at the keyboard: keep only well-formed entries.
      return parsed.flatMap((entry): [number, Response][] => {
        if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || entry[0] < 0) return [];
        const response = ResponseSchema.safeParse(entry[1]);
        return response.success ? [[entry[0] as number, response.data]] : [];
      });
    } catch {
      return [];
    }
  }

  private write(): void {
    const { storage, storageKey } = this.options;
    try {
      if (this.pending.size === 0) storage?.removeItem(storageKey);
      else storage?.setItem(storageKey, JSON.stringify([...this.pending]));
    } catch {
      // Storage full or disabled (private mode): the answers are still queued in memory.
    }
  }
}
