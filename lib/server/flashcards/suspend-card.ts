import "server-only";
import { cardIdSchema, cardSuspensionSchema } from "@/lib/schemas/flashcards";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import type { SuspendedCard } from "@/lib/domain/srs/study-view";
import { deckName, getWrittenCards } from "./get-study-session";

/**
 * Suspends a card for the learner (Anki's "suspend"): one of the content's, or one an instructor
 * wrote into a set assigned to them, which their own decks hold too. Or unsuspends it. A
 * suspended card leaves the learner's own study sessions, the offline pack and every count of
 * cards due or new (`cardsInScope`, `listDecks`); its schedule and history are kept, so it
 * comes back where it was. An assignment that asks for the card still shows it: the instructor
 * set that work. Either way the request can be repeated: the card ends in the state asked for.
 */
export async function setCardSuspended(
  userId: string,
  cardId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<{ cardId: string; suspended: boolean }>> {
  const parsed = cardSuspensionSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", "Say whether to suspend the card.");
  const id = cardIdSchema.safeParse(cardId);
  if (!id.success) return fail("not_found", "There is no such card.");
  if (parsed.data.suspended) {
    const known =
      getContentCatalog().flashcardById.has(id.data) ||
      (await getWrittenCards(userId, now)).some((c) => c.id === id.data);
    if (!known) return fail("not_found", "There is no such card.");
    await db.cardSuspension.createMany({
      data: [{ userId, cardId: id.data }],
      skipDuplicates: true,
    });
  } else {
    // Whatever the card: a written card whose set was unassigned since can still be let go.
    await db.cardSuspension.deleteMany({ where: { userId, cardId: id.data } });
  }
  return ok({ cardId: id.data, suspended: parsed.data.suspended });
}

/**
 * The learner's suspended cards that they can still see, content order first, then the written
 * ones in set order: the list from which each can be unsuspended. A suspension of a card no
 * longer theirs to see (its set unassigned) is left out: it changes nothing they study.
 */
export async function listSuspendedCards(
  userId: string,
  now = new Date(),
): Promise<SuspendedCard[]> {
  const rows = await db.cardSuspension.findMany({ where: { userId }, select: { cardId: true } });
  if (rows.length === 0) return [];
  const suspended = new Set(rows.map((r) => r.cardId));
  const { flashcards } = getContentCatalog();
  const written = [...suspended].some((id) => id.startsWith("custom:"))
    ? await getWrittenCards(userId, now)
    : [];
  return [
    ...flashcards
      .filter((c) => suspended.has(c.id))
      .map((c) => ({ cardId: c.id, front: c.front, from: deckName(c.deckId) })),
    ...written
      .filter((c) => suspended.has(c.id))
      .map((c) => ({ cardId: c.id, front: c.front, from: c.setName })),
  ];
}
