import { withUser } from "@/lib/server/http/json-route";
import { undoLastGrade } from "@/lib/server/flashcards/undo-last-grade";

export const POST = withUser((user, body) => undoLastGrade(user.id, body));
