import { deckScopeSchema } from "@/lib/schemas/flashcards";
import { getOfflinePack } from "@/lib/server/flashcards/get-study-session";
import { toJsonResponse, withSignedIn } from "@/lib/server/http/json-route";
import { fail, ok } from "@/lib/server/service-result";

/** What the study page keeps on the device to go on offline (after grades sent from it). */
export const GET = withSignedIn(async (user, request) => {
  const deck = new URL(request.url).searchParams.get("deck") ?? undefined;
  const parsed = deckScopeSchema.safeParse({ deck });
  if (!parsed.success) return toJsonResponse(fail("invalid", "Unknown deck."));
  return toJsonResponse(ok(await getOfflinePack(user.id, parsed.data.deck)));
});
