import { NextResponse } from "next/server";
import { isBenchMode, statementsSent } from "@/lib/server/bench";

export const dynamic = "force-dynamic";

/**
 * SQL statements the server sent so far (`npm run bench:load` reads it around each run), and
 * the process's memory (bytes; V8 heap, external and RSS) for its memory figures.
 */
export function GET() {
  if (!isBenchMode()) return NextResponse.json({ error: "Not found." }, { status: 404 });
  return NextResponse.json({
    ok: true,
    data: { statements: statementsSent(), memory: process.memoryUsage() },
  });
}
