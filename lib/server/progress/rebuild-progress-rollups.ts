import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emptyRollups, foldProgress, type ProgressEvent } from "@/lib/domain/progress/rollups";
import { db } from "@/lib/server/db";
import { lockProgress, writeRollups } from "./record-progress";

type Tx = Prisma.TransactionClient;

/**
 * Recomputes a learner's progress rollups from the raw rows, with the same fold the writers
 * use (lib/domain/progress/rollups.ts): the counted answers in the order they were counted,
 * then the review logs, with days in the learner's current time zone. Runs when the time
 * zone changes, after seeding bulk data, and in the tests that check the incremental
 * updates against it.
 */
export async function rebuildProgressRollups(userId: string): Promise<void> {
  await db.$transaction((tx) => rebuildProgressRollupsIn(tx, userId), { timeout: 120_000 });
}

/** The rebuild inside the caller's transaction. */
export async function rebuildProgressRollupsIn(tx: Tx, userId: string): Promise<void> {
  const timeZone = await lockProgress(tx, userId);
  await tx.dailyActivity.deleteMany({ where: { userId } });
  await tx.programmeDailyScore.deleteMany({ where: { userId } });
  await tx.questionStat.deleteMany({ where: { userId } });
  const [answers, reviews] = await Promise.all([
    tx.countedAnswer.findMany({
      where: { userId },
      orderBy: { seq: "asc" },
      select: { questionId: true, programmeId: true, score: true, answeredAt: true },
    }),
    tx.reviewLog.findMany({ where: { userId }, select: { review: true } }),
  ]);
  const events: ProgressEvent[] = [
    ...answers.map((a) => ({ kind: "answer" as const, ...a })),
    ...reviews.map((r) => ({ kind: "review" as const, at: r.review, delta: 1 as const })),
  ];
  await writeRollups(tx, userId, foldProgress(emptyRollups(), events, timeZone));
}
