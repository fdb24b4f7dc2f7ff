import "server-only";
import { sqlQuery, sqlExecute } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";

const HOUR_MS = 60 * 60 * 1000;

/**
 * A fixed-window limit kept in PostgreSQL, so every app instance counts the same uses: at
 * most `limit` uses of `key` per clock hour. One statement both counts and reads (an upsert
 * on the window's row), so concurrent uses cannot slip past the limit together.
 * Returns 0 when this use is allowed, else the seconds until the window ends.
 */
export async function consumeHourlyUse(key: string, limit: number, now = new Date()) {
  const windowStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const [row] = await sqlQuery<{ count: number }>(Prisma.sql`
    INSERT INTO "UsageWindow" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "UsageWindow".count + 1
    RETURNING count`);
  // Old windows of this key are of no further use (the primary key's prefix finds them).
  await sqlExecute(Prisma.sql`
    DELETE FROM "UsageWindow" WHERE key = ${key} AND "windowStart" < ${windowStart}`);
  if ((row?.count ?? 0) <= limit) return 0;
  return Math.max(1, Math.ceil((windowStart.getTime() + HOUR_MS - now.getTime()) / 1000));
}
