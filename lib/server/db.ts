import "server-only";
import { env } from "@/lib/env";
import { countStatement, isBenchMode } from "@/lib/server/bench";
import { createPrismaClient, type PrismaClient } from "@/prisma/client";

// One client per server process; in `next dev` modules reload, so keep it on globalThis.
const globalForPrisma = globalThis as typeof globalThis & { prisma?: PrismaClient };

function getDatabaseUrl(): string {
  const url = env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or set it yourself.");
  return url;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  // Created on first use, so `next build` can import server modules without a database.
  get(_target, property) {
    globalForPrisma.prisma ??= createPrismaClient(
      getDatabaseUrl(),
      { connectMs: env.DB_CONNECT_TIMEOUT_MS, statementMs: env.DB_STATEMENT_TIMEOUT_MS },
      // Counting costs a little per statement, so only `npm run bench:load` turns it on.
      isBenchMode() ? countStatement : undefined,
    );
    const value = Reflect.get(globalForPrisma.prisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.prisma) : value;
  },
});
