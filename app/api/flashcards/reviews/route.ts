import { withUser } from "@/lib/server/http/json-route";
import { submitGrade } from "@/lib/server/flashcards/grade-flashcard";

/**
 * Grade a card (1 Again .. 4 Easy); answers with the next study state, or with the graded
 * card's new state only when the request says `reply: "graded"`.
 */
export const POST = withUser((user, body) => submitGrade(user.id, body));
