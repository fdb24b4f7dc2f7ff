import { deckScopeSchema } from "@/lib/schemas/flashcards";
import { getStudySessionAndPack } from "@/lib/server/flashcards/get-study-session";
import { toJsonResponse, withSignedIn } from "@/lib/server/http/json-route";
import { fail, ok } from "@/lib/server/service-result";

/**
 * What the study page keeps on the device to go on offline and to show the next card before a
 * grade's reply, with the session made from the same read: fetched after the page's first
 * paint, and again after grades made offline are sent.
 */
export const GET = withSignedIn(async (user, request) => {
  const deck = new URL(request.url).searchParams.get("deck") ?? undefined;
  const parsed = deckScopeSchema.safeParse({ deck });
  if (!parsed.success) return toJsonResponse(fail("invalid", "Unknown deck."));
  return toJsonResponse(
    ok(await getStudySessionAndPack(user.id, parsed.data.deck, new Date(), user.timeZone)),
  );
});
