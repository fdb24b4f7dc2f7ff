import { withUser } from "@/lib/server/http/json-route";
import { studyMore } from "@/lib/server/flashcards/manage-decks";

export const POST = withUser((user, body) => studyMore(user.id, body));
