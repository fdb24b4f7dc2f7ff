import { NextResponse } from "next/server";
import { isBenchMode } from "@/lib/server/bench";

export const dynamic = "force-dynamic";

/**
 * The route-handler floor of `npm run bench:load`: the least a route of this app can cost (a
 * small JSON body). Only in benchmark mode; 404 otherwise.
 */
export function GET() {
  if (!isBenchMode()) return NextResponse.json({ error: "Not found." }, { status: 404 });
  return NextResponse.json({ ok: true, data: { floor: "route" } });
}
