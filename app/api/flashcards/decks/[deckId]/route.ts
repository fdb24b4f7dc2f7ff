import { withUser } from "@/lib/server/http/json-route";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";

/** Body { studying: boolean }: add the deck to the learner's study, or take it out. */
export const PUT = withUser<{ deckId: string }>((user, body, { deckId }) =>
  setDeckStudying(user.id, deckId, body),
);
