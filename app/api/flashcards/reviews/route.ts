import { withUser } from "@/lib/server/http/json-route";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";

/** Grade a card (1 Again .. 4 Easy); answers with the next study state. */
export const POST = withUser((user, body) => gradeFlashcard(user.id, body));
