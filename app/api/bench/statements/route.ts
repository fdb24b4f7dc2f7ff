import { NextResponse } from "next/server";
import { isBenchMode, statementsSent } from "@/lib/server/bench";

export const dynamic = "force-dynamic";

/** SQL statements the server sent so far (`npm run bench:load` reads it around each run). */
export function GET() {
  if (!isBenchMode()) return NextResponse.json({ error: "Not found." }, { status: 404 });
  return NextResponse.json({ ok: true, data: { statements: statementsSent() } });
}
