import { NextResponse } from "next/server";
import { deckScopeSchema } from "@/lib/schemas/flashcards";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";

/** The current study state (after a 409, the player reloads it from here). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user)
    return NextResponse.json({ ok: false, error: "Sign in to continue." }, { status: 401 });
  const deck = new URL(request.url).searchParams.get("deck") ?? undefined;
  const parsed = deckScopeSchema.safeParse({ deck });
  if (!parsed.success)
    return NextResponse.json({ ok: false, error: "Unknown deck." }, { status: 422 });
  return NextResponse.json({ ok: true, data: await getStudySession(user.id, parsed.data.deck) });
}
