import { updateSetContents } from "@/lib/server/classes/update-set-contents";
import { withUser } from "@/lib/server/http/json-route";

/**
 * Replaces what one of the instructor's sets holds. Body: the builder's input for the set's
 * kind, as POST /api/sets/quiz or /api/sets/flashcards take it. 409 once learners have work in
 * one of its assignments.
 */
export const PUT = withUser<{ setId: string }>((user, body, { setId }) =>
  updateSetContents(user, setId, body),
);
