// The device's queue of grades made offline: sent in order, each once, kept across reloads.
import { describe, expect, test } from "vitest";
import type { RequestResult } from "@/lib/client/request-json";
import type { GradeReceipt, OfflineGrade, OfflinePack } from "@/lib/domain/srs/offline-pack";
import {
  forgetPacks,
  OfflineReviewQueue,
  readPack,
  writePack,
  type KeyValueStorage,
  type SendGrade,
} from "./offline-review-queue";

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const grade = (n: number, cardId = `card-${n}`): OfflineGrade => ({
  cardId,
  rating: 3,
  requestId: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  expectedVersion: 0,
  reviewedAt: new Date(Date.UTC(2026, 2, 10, 9, n)).toISOString(),
});

const ok = (rebuilt = false, cardId = "x"): RequestResult<GradeReceipt> => ({
  kind: "ok",
  data: { graded: { cardId, rebuilt, version: 1, memory: {} as never } },
});
const offline: RequestResult<GradeReceipt> = {
  kind: "retry",
  status: null,
  error: "offline",
};

/** A fake server: answers from a script, and records what it was sent. */
function server(answers: ((g: OfflineGrade) => RequestResult<GradeReceipt>)[]) {
  const received: OfflineGrade[] = [];
  const send: SendGrade = async (g) => {
    received.push(g);
    const answer = answers.shift() ?? (() => ok());
    return answer(g);
  };
  return { received, send };
}

describe("OfflineReviewQueue", () => {
  test("sends every grade once, in the order made, and empties the queue", async () => {
    const storage = memoryStorage();
    const { received, send } = server([]);
    const queue = new OfflineReviewQueue(storage, "u1", send);
    for (let i = 1; i <= 10; i++) queue.add(grade(i));
    const report = await queue.sync();
    expect(received.map((g) => g.requestId)).toEqual(
      Array.from({ length: 10 }, (_, i) => grade(i + 1).requestId),
    );
    expect(report).toEqual({ sent: 10, rebuilt: [], refused: [], left: 0 });
    expect(queue.list()).toEqual([]);
    expect(storage.data.size).toBe(0);
    await queue.sync();
    expect(received).toHaveLength(10);
  });

  test("no connection midway: the rest waits, in order, and survives a reload", async () => {
    const storage = memoryStorage();
    const first = server([() => ok(), () => ok(), () => offline]);
    const queue = new OfflineReviewQueue(storage, "u1", first.send);
    for (let i = 1; i <= 5; i++) queue.add(grade(i));
    expect(await queue.sync()).toMatchObject({ sent: 2, left: 3 });
    // The page reloads: a new queue on the same storage sends grade 3 again (its reply was
    // lost, and the server records a request id once), then 4 and 5.
    const second = server([]);
    const reloaded = new OfflineReviewQueue(storage, "u1", second.send);
    expect(reloaded.list().map((g) => g.cardId)).toEqual(["card-3", "card-4", "card-5"]);
    expect(await reloaded.sync()).toMatchObject({ sent: 3, left: 0 });
    expect(second.received.map((g) => g.cardId)).toEqual(["card-3", "card-4", "card-5"]);
  });

  test("a refused grade leaves with its reason; 401 stops and keeps everything", async () => {
    const storage = memoryStorage();
    const refused: RequestResult<GradeReceipt> = {
      kind: "rejected",
      status: 422,
      error: "Too old.",
      fieldErrors: {},
    };
    const { send } = server([() => refused, () => ok()]);
    const queue = new OfflineReviewQueue(storage, "u1", send);
    queue.add(grade(1));
    queue.add(grade(2));
    const report = await queue.sync();
    expect(report.refused).toEqual([{ grade: grade(1), error: "Too old." }]);
    expect(report.sent).toBe(1);

    const signedOut = server([
      () => ({ kind: "rejected", status: 401, error: "Sign in.", fieldErrors: {} }),
    ]);
    const again = new OfflineReviewQueue(storage, "u1", signedOut.send);
    again.add(grade(3));
    again.add(grade(4));
    expect(await again.sync()).toMatchObject({ sent: 0, left: 2 });
    expect(again.list().map((g) => g.cardId)).toEqual(["card-3", "card-4"]);
  });

  test("cards rebuilt on the server are reported once each", async () => {
    const { send } = server([() => ok(true, "a"), () => ok(true, "a"), () => ok(false, "b")]);
    const queue = new OfflineReviewQueue(memoryStorage(), "u1", send);
    [grade(1, "a"), grade(2, "a"), grade(3, "b")].forEach((g) => queue.add(g));
    expect((await queue.sync()).rebuilt).toEqual(["a"]);
  });

  test("two runs at once send each grade once", async () => {
    const { received, send } = server([]);
    const queue = new OfflineReviewQueue(memoryStorage(), "u1", send);
    for (let i = 1; i <= 4; i++) queue.add(grade(i));
    await Promise.all([queue.sync(), queue.sync()]);
    expect(received.map((g) => g.cardId)).toEqual(["card-1", "card-2", "card-3", "card-4"]);
  });

  test("each account has its own queue; unreadable storage reads as empty", async () => {
    const storage = memoryStorage();
    new OfflineReviewQueue(storage, "u1", server([]).send).add(grade(1));
    expect(new OfflineReviewQueue(storage, "u2", server([]).send).list()).toEqual([]);
    for (const value of ["{not json", JSON.stringify([{ cardId: 1 }])]) {
      storage.data.set("study-offline:grades:u1", value);
      expect(new OfflineReviewQueue(storage, "u1", server([]).send).list()).toEqual([]);
    }
  });
});

describe("the pack on the device", () => {
  const pack = (savedAt: string, owner = "u1"): OfflinePack => ({
    owner,
    deck: null,
    deckName: "Your decks",
    savedAt,
    timeZone: "UTC",
    desiredRetention: 0.9,
    parameters: null,
    newPerDay: 20,
    reviewsPerDay: 200,
    countsDay: "2026-03-10",
    newStudiedToday: 0,
    reviewsDoneToday: 0,
    cards: [],
    states: {},
  });
  const early = { pack: pack("2026-03-10T09:00:00.000Z"), clockOffsetMs: 0 };
  const late = { pack: pack("2026-03-10T10:00:00.000Z"), clockOffsetMs: 5 };

  test("is read back only for its owner and deck", () => {
    const storage = memoryStorage();
    writePack(storage, late);
    expect(readPack(storage, "u1", null)).toEqual(late);
    expect(readPack(storage, "u2", null)).toBeNull();
    expect(readPack(storage, "u1", "pfp")).toBeNull();
  });

  test("sign-out forgets every pack and keeps the grades not yet sent", () => {
    const storage = memoryStorage();
    writePack(storage, late);
    writePack(storage, { ...early, pack: { ...early.pack, owner: "u2", deck: "pfp" } });
    new OfflineReviewQueue(storage, "u1", server([]).send).add(grade(1));
    storage.data.set("theme", "dark");
    forgetPacks({ ...storage, key: (i) => [...storage.data.keys()][i] ?? null });
    expect([...storage.data.keys()].sort()).toEqual(["study-offline:grades:u1", "theme"]);
  });
});
