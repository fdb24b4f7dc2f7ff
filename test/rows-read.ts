// Which rows a piece of server code reads, per table: the SELECTs it sends through the app's
// db client are captured (a logging client stands in for the singleton), as are those sent as
// hand-written SQL (lib/server/sql.ts, in order with the others), and each is run again under
// EXPLAIN ANALYZE; a scan's rows are what it returned plus what its filter threw away.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { onSqlStatement } from "@/lib/server/sql";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
};

const holder = globalThis as typeof globalThis & { prisma?: PrismaClient };

function addScans(node: PlanNode, into: Map<string, number>) {
  if (node["Relation Name"]) {
    const loops = node["Actual Loops"] ?? 1;
    const rows =
      (node["Actual Rows"] ?? 0) +
      (node["Rows Removed by Filter"] ?? 0) +
      (node["Rows Removed by Index Recheck"] ?? 0);
    const table = node["Relation Name"];
    into.set(table, (into.get(table) ?? 0) + rows * loops);
  }
  for (const child of node.Plans ?? []) addScans(child, into);
}

/** Rows read per table by the SELECTs `run` sends, every statement it sent, and its result. */
export async function rowsRead<T>(
  run: () => Promise<T>,
): Promise<{ result: T; rows: Map<string, number>; statements: string[] }> {
  const url = process.env.TEST_DATABASE_URL!;
  const logging = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: { query: string; params: unknown[] }[] = [];
  logging.$on("query", (e) => captured.push({ query: e.query, params: JSON.parse(e.params) }));
  const stop = onSqlStatement((query, params) => captured.push({ query, params: [...params] }));
  const previous = holder.prisma;
  holder.prisma = logging;
  let result: T;
  try {
    result = await run();
  } finally {
    holder.prisma = previous;
    stop();
  }
  const sent = captured.map((c) => c.query);
  const rows = new Map<string, number>();
  for (const { query, params } of captured) {
    if (!/^\s*SELECT/i.test(query)) continue;
    const [plan] = await logging.$queryRawUnsafe<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${query}`,
      ...params,
    );
    addScans(plan!["QUERY PLAN"][0]!.Plan, rows);
  }
  await logging.$disconnect();
  return { result, rows, statements: sent };
}
