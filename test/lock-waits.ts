// For race tests: waits until `n` statements of the test's database wait on a lock, so that a
// transaction held open has the other side queued behind it before the test lets it commit.
import { db } from "@/lib/server/db";

export async function lockWaits(n: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row && row.waiting >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${n} statements never waited on a lock`);
}
