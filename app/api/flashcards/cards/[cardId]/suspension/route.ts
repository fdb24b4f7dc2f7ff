import { withUser } from "@/lib/server/http/json-route";
import { setCardSuspended } from "@/lib/server/flashcards/suspend-card";

/** Body { suspended: boolean }: take the card out of the learner's own study, or back in. */
export const PUT = withUser<{ cardId: string }>((user, body, { cardId }) =>
  setCardSuspended(user.id, cardId, body),
);
