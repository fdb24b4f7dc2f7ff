import "server-only";
import { countStatement, isBenchMode } from "@/lib/server/bench";
import { closeSharedPool, sharedPool } from "@/lib/server/sql";
import { createPrismaClient, type PrismaClient } from "@/prisma/client";

// One client per server process; in `next dev` modules reload, so keep it on globalThis.
const globalForPrisma = globalThis as typeof globalThis & { prisma?: PrismaClient };

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  // Created on first use, so `next build` can import server modules without a database. It
  // runs on the pool the hand-written SQL uses (lib/server/sql.ts), with the server's timeouts.
  get(_target, property) {
    globalForPrisma.prisma ??= createPrismaClient(
      sharedPool(),
      undefined,
      // Counting costs a little per statement, so only `npm run bench:load` turns it on.
      isBenchMode() ? countStatement : undefined,
    );
    const value = Reflect.get(globalForPrisma.prisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.prisma) : value;
  },
});

/**
 * Ends the Prisma client and the pool under it, so that a script (a seed, a benchmark) exits as
 * soon as its work is done. Prisma's `$disconnect` leaves a pool it was handed open, and pg
 * keeps an idle connection for 10 s: each seed run by the end-to-end tests used to wait that
 * long after its last statement (`lib/server/disconnect.test.ts`).
 */
export async function disconnectDatabase(): Promise<void> {
  const client = globalForPrisma.prisma;
  globalForPrisma.prisma = undefined;
  await client?.$disconnect();
  await closeSharedPool();
}
