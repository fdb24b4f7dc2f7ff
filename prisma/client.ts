// One place that knows how to build a Prisma client for this project: the WASM query
// compiler with the pg driver adapter (no engine binary). Used by the server's singleton,
// the seed and the tests, each with its own connection string.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Timeouts for a server that must answer "unavailable" rather than hang: connecting gives up
 * after connectMs; a statement is cancelled by PostgreSQL after statementMs, and the client
 * stops waiting a little later (a frozen server cannot cancel anything itself).
 */
export type DatabaseTimeouts = { connectMs: number; statementMs: number };

/** The pg pool settings for a server: the connection string and the timeouts above. */
export function poolConfig(connectionString: string, timeouts?: DatabaseTimeouts): pg.PoolConfig {
  const limits = timeouts
    ? {
        connectionTimeoutMillis: timeouts.connectMs,
        statement_timeout: timeouts.statementMs,
        query_timeout: timeouts.statementMs + 2_000,
        // A transaction left open by a crashed request must not hold its row locks for long.
        idle_in_transaction_session_timeout: timeouts.statementMs * 2,
      }
    : {};
  return { connectionString, ...limits };
}

/**
 * A client on its own pool (a connection string), or on a pool the caller shares with the
 * app's hand-written SQL (lib/server/sql.ts), made with `poolConfig`.
 */
export function createPrismaClient(
  connection: string | pg.Pool,
  timeouts?: DatabaseTimeouts,
  onStatement?: () => void,
): PrismaClient {
  const adapter = new PrismaPg(
    typeof connection === "string" ? poolConfig(connection, timeouts) : connection,
  );
  if (!onStatement) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", onStatement);
  return client;
}

export type { PrismaClient };
