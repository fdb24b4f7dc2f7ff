import { createFlashcardSet } from "@/lib/server/classes/create-flashcard-set";
import { withUser } from "@/lib/server/http/json-route";

/** Body { name, programmeIds?, cardIds? }. */
export const POST = withUser((user, body) => createFlashcardSet(user, body), { okStatus: 201 });
