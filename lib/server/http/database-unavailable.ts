import "server-only";

/**
 * Whether an error means the database cannot serve right now (down, starting, refusing
 * connections, out of connections, or too slow), as opposed to a fault in the request or the
 * code. Such errors are answered 503 with Retry-After: the client should simply try again.
 * Errors arrive from pg, from Prisma's pg adapter or from Prisma itself, each wrapping the
 * one below in `cause`, so the whole chain is searched.
 */
const CODES = new Set([
  // Node's socket errors
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  // PostgreSQL: connection exceptions, shutdown, cannot connect now, too many connections,
  // statement timeout (query_canceled), idle transaction timeout, database not accepting
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "57014",
  "25P03",
  "55000",
  // Prisma: cannot reach, timed out, closed, pool timeout, transaction could not start
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2028",
]);

const MESSAGES = new RegExp(
  [
    "connection terminated",
    "timeout exceeded when trying to connect",
    "query read timeout",
    "can't reach database server",
    "database system is (starting up|shutting down|in recovery mode)",
    "not currently accepting connections",
    "canceling statement due to statement timeout",
    "terminating connection",
    "unable to start a transaction",
    "client has encountered a connection error",
  ].join("|"),
  "i",
);

const KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "SocketTimeout",
  "ConnectionClosed",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      message?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      cause?: unknown;
    };
    if (typeof e.code === "string" && CODES.has(e.code)) return true;
    if (typeof e.originalCode === "string" && CODES.has(e.originalCode)) return true;
    if (typeof e.kind === "string" && KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/** How long a client should wait before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The service is briefly unavailable (its database cannot be reached). " +
  "Nothing you saved is lost: try again in a few seconds.";
