import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { countStatement, isBenchMode } from "@/lib/server/bench";
import { poolConfig } from "@/prisma/client";

/**
 * Hand-written SQL on the hottest paths, sent with `pg` itself on the pool Prisma's adapter
 * uses (one pool per process; lib/server/db.ts makes both). Issue 15: a `$queryRaw` cost about
 * 1.8 ms of CPU in Prisma's client (its request pipeline, tracing and result mapping) against
 * 0.5 ms for the same statement through `pg`, and an interactive transaction of three
 * statements 4.8 ms against 0.8 ms (`npx tsx bench/raw-sql-cost.ts`). Statements are built
 * with `Prisma.sql` as elsewhere (values always sent as parameters), and the rows come back
 * as `$queryRaw` gives them: timestamps as UTC instants, `date` as UTC midnight, `bigint` as
 * `bigint`, JSON parsed.
 */
export type SqlRunner = {
  query<T>(statement: Prisma.Sql): Promise<T[]>;
  /** Rows changed by an INSERT, UPDATE or DELETE. */
  execute(statement: Prisma.Sql): Promise<number>;
};

type Listener = (text: string, values: readonly unknown[]) => void;

const holder = globalThis as typeof globalThis & {
  sqlPool?: pg.Pool;
  sqlListeners?: Set<Listener>;
};

/**
 * The process's pool, with the server's timeouts, made on first use (so `next build` can
 * import server modules without a database); lib/server/db.ts hands it to Prisma as well.
 */
export function sharedPool(): pg.Pool {
  if (!holder.sqlPool) {
    const url = env.DATABASE_URL;
    if (!url)
      throw new Error(
        "DATABASE_URL is not set: start the app with `npm start` or set it yourself.",
      );
    const timeouts = {
      connectMs: env.DB_CONNECT_TIMEOUT_MS,
      statementMs: env.DB_STATEMENT_TIMEOUT_MS,
    };
    holder.sqlPool = new pg.Pool(poolConfig(url, timeouts));
    // An idle connection that the database drops (a restart) emits "error" on the pool: with
    // no listener that would end the process. The pool discards it; the next use reconnects.
    holder.sqlPool.on("error", () => {});
    // Counting costs a little per statement, so only `npm run bench:load` turns it on.
    if (isBenchMode()) onSqlStatement(countStatement);
  }
  return holder.sqlPool;
}

/**
 * Ends the process's pool (a script's last step, through `disconnectDatabase` in
 * lib/server/db.ts): pg keeps an idle connection open for 10 s, which keeps a finished script
 * alive that long. A later use makes a new pool.
 */
export async function closeSharedPool(): Promise<void> {
  const open = holder.sqlPool;
  holder.sqlPool = undefined;
  await open?.end();
}

const pool = sharedPool;

/**
 * Called with each statement sent through this module: the benchmark counts them and the
 * tests' statement log (test/rows-read.ts) records them. Returns the function that stops it.
 */
export function onSqlStatement(listener: Listener): () => void {
  holder.sqlListeners ??= new Set();
  holder.sqlListeners.add(listener);
  return () => holder.sqlListeners?.delete(listener);
}

const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;

/** Prisma's columns are `timestamp(3)` holding UTC; pg would read them in local time. */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    if (oid === DATE) return (text: string) => new Date(`${text}T00:00:00Z`);
    if (oid === INT8) return (text: string) => BigInt(text);
    return pg.types.getTypeParser(oid, format);
  },
};

/** Dates go as ISO instants (pg would write local time, which `timestamp` would keep as is). */
function toValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

async function send(client: pg.Pool | pg.PoolClient, statement: Prisma.Sql | string) {
  const text = typeof statement === "string" ? statement : statement.text;
  const values = typeof statement === "string" ? [] : statement.values.map(toValue);
  // BEGIN is not reported, as Prisma's query log leaves it out: the counts stay comparable.
  if (text !== "BEGIN") for (const listener of holder.sqlListeners ?? []) listener(text, values);
  return client.query({ text, values, types, name: statementName(text, values.length) });
}

/**
 * The prepared statements' names. A named statement is parsed once per connection, and after
 * five runs PostgreSQL may keep one generic plan for it instead of planning it again each time
 * (issue 15: planning cost about as much as running home's and /progress's reads; README
 * "Prepared statements"). The name is a hash of the text: pg refuses a name reused for another
 * text on a connection, and Next may load this module more than once over the one pool, so a
 * name must not depend on the order texts were first seen in. Left unnamed: transaction
 * control, bulk writes (each row count is a text of its own, each would hold a plan on every
 * connection, and they are rare) and any text once MAX_NAMED_STATEMENTS are named, so a
 * process prepares a bounded set.
 */
const statementNames = new Map<string, string>();
export const MAX_NAMED_STATEMENTS = 300;
export const MAX_NAMED_PARAMETERS = 100;
const UNNAMED = new Set(["BEGIN", "COMMIT", "ROLLBACK"]);

/** The prepared statement's name for `text`, or undefined to send it unnamed. */
export function statementName(text: string, parameters: number): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined) return known;
  if (UNNAMED.has(text) || parameters > MAX_NAMED_PARAMETERS) return undefined;
  if (statementNames.size >= MAX_NAMED_STATEMENTS) return undefined;
  const name = `app_${createHash("sha256").update(text).digest("base64url").slice(0, 22)}`;
  statementNames.set(text, name);
  return name;
}

function runner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    async query<T>(statement: Prisma.Sql) {
      return (await send(client, statement)).rows as T[];
    },
    async execute(statement: Prisma.Sql) {
      return (await send(client, statement)).rowCount ?? 0;
    },
  };
}

/** One statement on any free connection. */
/** A timestamp column (UTC, without zone) as epoch milliseconds, for JSON built in SQL. */
export const epochMs = (column: Prisma.Sql) =>
  Prisma.sql`(extract(epoch FROM ${column}) * 1000)::bigint`;

export function sqlQuery<T>(statement: Prisma.Sql): Promise<T[]> {
  return runner(pool()).query<T>(statement);
}

/**
 * `work` in one transaction on one connection: committed when it returns, rolled back when it
 * throws (and the error passed on). A connection whose rollback failed is discarded.
 */
export async function sqlTransaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  let broken: Error | undefined;
  // A connection lost while checked out emits "error" on its client: without a listener that
  // would end the process; the statement waiting on it fails anyway, and is answered (503).
  const lost = (error: Error) => {
    broken = error;
  };
  client.on("error", lost);
  try {
    await send(client, "BEGIN");
    const result = await work(runner(client));
    await send(client, "COMMIT");
    return result;
  } catch (error) {
    await send(client, "ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.removeListener("error", lost);
    client.release(broken);
  }
}

/**
 * PostgreSQL's unique_violation: a row with that key already exists. Read from the error's
 * SQLSTATE rather than its class, which a second copy of `pg` in a bundle would not share.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "23505";
}

/** One INSERT, UPDATE or DELETE on any free connection: the rows it changed. */
export function sqlExecute(statement: Prisma.Sql): Promise<number> {
  return runner(pool()).execute(statement);
}

/** A transaction of either kind: Prisma's, or a pg one of `sqlTransaction`. */
export type AnyTx = Prisma.TransactionClient | SqlRunner;

/**
 * The runner of either kind of transaction, for helpers written in plain SQL that both kinds
 * of caller share (the progress rollups, an attempt's submission).
 */
export function asRunner(tx: AnyTx): SqlRunner {
  if (!("$queryRaw" in tx)) return tx;
  return {
    query: <T>(statement: Prisma.Sql) => tx.$queryRaw<T[]>(statement),
    execute: (statement: Prisma.Sql) => tx.$executeRaw(statement),
  };
}
