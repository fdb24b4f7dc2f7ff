import "server-only";
import { env } from "@/lib/env";

/**
 * Benchmark mode (`npm run bench:load` sets BENCH_MODE=1): the floors under /api/bench and
 * /bench answer, and the db client counts the statements it sends. Off in every other run:
 * the floors answer 404 and nothing is counted.
 */
export function isBenchMode(): boolean {
  return env.BENCH_MODE === "1";
}

const counter = globalThis as typeof globalThis & { benchStatements?: number };

/** Called by the db client for each statement it sends (benchmark mode only). */
export function countStatement(): void {
  counter.benchStatements = (counter.benchStatements ?? 0) + 1;
}

/** Statements sent through the db client since the server started (benchmark mode). */
export function statementsSent(): number {
  return counter.benchStatements ?? 0;
}
