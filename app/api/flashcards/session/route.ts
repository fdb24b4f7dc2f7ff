import { deckScopeSchema } from "@/lib/schemas/flashcards";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { toJsonResponse, withSignedIn } from "@/lib/server/http/json-route";
import { fail, ok } from "@/lib/server/service-result";

/** The current study state (after a 409, the player reloads it from here). */
export const GET = withSignedIn(async (user, request) => {
  const params = new URL(request.url).searchParams;
  const parsed = deckScopeSchema.safeParse({
    deck: params.get("deck") ?? undefined,
    assignment: params.get("assignment") ?? undefined,
  });
  if (!parsed.success) return toJsonResponse(fail("invalid", "Unknown deck."));
  return toJsonResponse(
    ok(await getStudySession(user.id, parsed.data, new Date(), { timeZone: user.timeZone })),
  );
});
