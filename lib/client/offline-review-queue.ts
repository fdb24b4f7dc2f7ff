/**
 * The device's side of offline flashcard review: the copy of the study pack and the grades
 * made without a network, both in storage (localStorage in the browser) so a reload or a
 * closed tab keeps them.
 *
 * Grades are sent in the order they were made, one at a time, each with its request id and
 * review time; the server records a request id once, so a grade whose reply was lost is simply
 * sent again. A grade leaves the queue when the server confirms it, or refuses it for good (a
 * 4xx other than 401, with its reason kept for the learner). No connection, a 5xx, 408/425/429
 * or 401 (signed out) stop the run with the rest kept for the next one.
 *
 * Storage, the network and the clock come in as arguments, so the tests drive it with fakes.
 */
import { z } from "zod";
import type { RequestResult } from "@/lib/client/request-json";
import {
  OfflinePackSchema,
  type GradeReceipt,
  type OfflineGrade,
  type OfflinePack,
} from "@/lib/domain/srs/offline-pack";

import { packKey, queueKey, type KeyValueStorage } from "@/lib/client/offline-storage-keys";

export {
  forgetPacks,
  STORAGE_PREFIX,
  type KeyValueStorage,
} from "@/lib/client/offline-storage-keys";

/**
 * The pack and how far the device's clock is behind the server's (server minus device, in ms,
 * measured when the pack arrived): review times are sent on the server's clock.
 */
export type StoredPack = { pack: OfflinePack; clockOffsetMs: number };
const StoredPackSchema = z.object({ pack: OfflinePackSchema, clockOffsetMs: z.number() });

const GradeSchema = z.object({
  cardId: z.string(),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  requestId: z.string(),
  expectedVersion: z.number().int(),
  reviewedAt: z.string(),
  durationMs: z.number().int().optional(),
  deck: z.string().optional(),
}) satisfies z.ZodType<OfflineGrade>;

function readJson<T>(storage: KeyValueStorage, key: string, schema: z.ZodType<T>): T | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // unreadable or storage refused: as if nothing was kept
  }
}

function writeJson(storage: KeyValueStorage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the study goes on; what is not kept is lost on reload.
  }
}

export function readPack(
  storage: KeyValueStorage,
  owner: string,
  deck: string | null,
): StoredPack | null {
  const stored = readJson(storage, packKey(owner, deck), StoredPackSchema);
  return stored && stored.pack.owner === owner && stored.pack.deck === deck ? stored : null;
}

export function writePack(storage: KeyValueStorage, stored: StoredPack): void {
  writeJson(storage, packKey(stored.pack.owner, stored.pack.deck), stored);
}

export type SyncReport = {
  /** Grades the server confirmed (or already had). */
  sent: number;
  /** Cards whose schedule the server rebuilt because another device graded them too. */
  rebuilt: string[];
  /** Grades refused for good, with the server's reason. */
  refused: { grade: OfflineGrade; error: string }[];
  /** Grades still waiting: the run stopped on no connection, a server error or sign-out. */
  left: number;
};

/** Only whether the grade was rebuilt is read from the reply (a full session would do too). */
export type SendGrade = (grade: OfflineGrade) => Promise<RequestResult<GradeReceipt>>;

export class OfflineReviewQueue {
  private running: Promise<SyncReport> | null = null;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly owner: string,
    private readonly send: SendGrade,
  ) {}

  list(): OfflineGrade[] {
    return readJson(this.storage, queueKey(this.owner), z.array(GradeSchema)) ?? [];
  }

  add(grade: OfflineGrade): void {
    this.save([...this.list(), grade]);
  }

  private save(grades: OfflineGrade[]): void {
    if (grades.length) writeJson(this.storage, queueKey(this.owner), grades);
    else this.storage.removeItem(queueKey(this.owner));
  }

  /** Sends what is queued, oldest first; a second call while one runs joins it. */
  sync(): Promise<SyncReport> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<SyncReport> {
    const report: SyncReport = { sent: 0, rebuilt: [], refused: [], left: 0 };
    for (;;) {
      const [grade] = this.list();
      if (!grade) return report;
      const result = await this.send(grade);
      const stop = result.kind === "retry" || (result.kind === "rejected" && result.status === 401);
      if (stop) {
        report.left = this.list().length;
        return report;
      }
      if (result.kind === "ok") {
        report.sent += 1;
        const graded = result.data.graded;
        if (graded?.rebuilt && !report.rebuilt.includes(graded.cardId)) {
          report.rebuilt.push(graded.cardId);
        }
      } else report.refused.push({ grade, error: result.error });
      // Only the grade just sent leaves: another tab may have queued more meanwhile.
      this.save(this.list().filter((g) => g.requestId !== grade.requestId));
    }
  }
}
