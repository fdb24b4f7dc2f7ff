import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import {
  EXPORT_PAGE_SIZE,
  EXPORTS_PER_HOUR,
  exportCsvZipStream,
  exportJsonStream,
  startDataExport,
  type MyData,
} from "./export-my-data";

const t0 = new Date("2026-03-10T09:00:00Z");

/** A learner with more review logs than three pages hold. */
async function heavyLearner(logs: number) {
  const user = await makeUser("heavy");
  await db.reviewLog.createMany({
    data: Array.from({ length: logs }, (_, i) => ({
      userId: user.id,
      cardId: `card-${i % 40}`,
      deckId: "pfp",
      rating: 1 + (i % 4),
      state: 2,
      due: t0,
      stability: 3.5,
      difficulty: 5.1,
      elapsedDays: 1,
      lastElapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      review: new Date(t0.getTime() + i * 60_000),
      requestId: `r-${i}`,
    })),
  });
  return user;
}

async function readChunks(stream: ReadableStream<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read())
    chunks.push(next.value);
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return { all, total, chunks: chunks.length, largest: Math.max(...chunks.map((c) => c.length)) };
}

describe("the data export", () => {
  const logs = 3 * EXPORT_PAGE_SIZE + 7;

  test("JSON is streamed a page at a time and holds every row, in order", async () => {
    const user = await heavyLearner(logs);
    const read = await readChunks(exportJsonStream(user.id, t0));
    const data = JSON.parse(strFromU8(read.all)) as MyData;
    expect(data.exportedAt).toBe(t0.toISOString());
    expect(data.profile).toMatchObject({ email: user.email });
    expect(data.reviewLogs).toHaveLength(logs);
    expect(data.reviewLogs.map((l) => l.review)).toEqual(
      Array.from({ length: logs }, (_, i) => new Date(t0.getTime() + i * 60_000).toISOString()),
    );
    expect(data.quizAttempts).toEqual([]);
    // Never the whole export in one piece: at most a page of rows per chunk.
    expect(read.chunks).toBeGreaterThan(4);
    expect(read.largest).toBeLessThan(read.total / 3);
  });

  test("the CSV zip is streamed too and holds every row", async () => {
    const user = await heavyLearner(logs);
    const read = await readChunks(exportCsvZipStream(user.id));
    const files = unzipSync(read.all);
    const lines = strFromU8(files["review-logs.csv"]!).trim().split("\n");
    expect(lines).toHaveLength(logs + 1);
    expect(lines[0]).toContain("review");
    expect(strFromU8(files["quiz-attempts.csv"]!).trim()).toBe("none");
    expect(read.chunks).toBeGreaterThan(3);
    expect(read.largest).toBeLessThan(read.total / 2);
  });

  test("a learner may export a few times an hour, counted across concurrent requests", async () => {
    const user = await makeUser("export-limit");
    const other = await makeUser("export-other");
    const results = await Promise.all(
      Array.from({ length: EXPORTS_PER_HOUR + 3 }, () => startDataExport(user.id, "json", t0)),
    );
    for (const result of results) if (result.ok) await result.data.body.cancel();
    expect(results.filter((r) => r.ok)).toHaveLength(EXPORTS_PER_HOUR);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    // t0 is on the hour: the window ends an hour later.
    expect(refused && !refused.ok && refused.retryAfterSeconds).toBe(3600);
    expect(refused && !refused.ok && refused.error).toMatch(/Try again in 60 minutes/);

    const otherResult = await startDataExport(other.id, "csv", t0);
    expect(otherResult.ok).toBe(true);
    const nextHour = await startDataExport(user.id, "json", new Date(t0.getTime() + 3_600_000));
    expect(nextHour.ok).toBe(true);
    expect(await startDataExport(user.id, "xml", t0)).toMatchObject({ code: "invalid" });
  });
});
