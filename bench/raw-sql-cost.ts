// npx tsx bench/raw-sql-cost.ts — the CPU cost of sending a hand-written statement through
// Prisma's client (`$queryRaw`, and an interactive `$transaction` of three) against sending
// the same with pg on the same pool (lib/server/sql.ts's way), N times each (N=1000, env N)
// after 50 warm-up calls, with process.cpuUsage(). No table is touched: the statements select
// their own parameter, so any PostgreSQL will do (DATABASE_URL, else the local server's
// postgres database). Why the hot paths send their SQL with pg (issue 15).
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/prisma/client";

const N = Number(process.env.N ?? 1000);
const url = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function cpuPerCall(run: () => Promise<unknown>, calls: number): Promise<number> {
  for (let i = 0; i < 50; i++) await run();
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls / 1000;
}

async function main() {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const prisma = createPrismaClient(pool);
  const one = (i: number) => Prisma.sql`SELECT ${`id-${i}`}::text AS id, ${i}::int AS n`;
  let i = 0;
  const rows: [string, number][] = [];
  rows.push([
    "one statement, Prisma $queryRaw",
    await cpuPerCall(() => prisma.$queryRaw(one(i++)), N),
  ]);
  rows.push([
    "one statement, pg",
    await cpuPerCall(() => {
      const statement = one(i++);
      return pool.query(statement.text, statement.values);
    }, N),
  ]);
  rows.push([
    "transaction of three, Prisma $transaction",
    await cpuPerCall(
      () =>
        prisma.$transaction(async (tx) => {
          for (let k = 0; k < 3; k++) await tx.$queryRaw(one(i++));
        }),
      N / 2,
    ),
  ]);
  rows.push([
    "transaction of three, pg",
    await cpuPerCall(async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (let k = 0; k < 3; k++) {
          const statement = one(i++);
          await client.query(statement.text, statement.values);
        }
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    }, N / 2),
  ]);
  console.log(`CPU per call (ms), N=${N}, Node ${process.version}\n`);
  console.log("| what | CPU ms a call |\n|---|---|");
  for (const [label, ms] of rows) console.log(`| ${label} | ${ms.toFixed(3)} |`);
  console.log(
    `\nPrisma / pg: one statement ${(rows[0]![1] / rows[1]![1]).toFixed(1)}x,`,
    `transaction ${(rows[2]![1] / rows[3]![1]).toFixed(1)}x`,
  );
  await prisma.$disconnect();
  await pool.end();
}

void main();
