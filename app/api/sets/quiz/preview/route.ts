import { previewQuizSet } from "@/lib/server/classes/preview-quiz-set";
import { withUser } from "@/lib/server/http/json-route";

/**
 * Body: quiz options + { pinnedIds, excludedIds, seed? }: the questions the set would hold.
 * Stores nothing.
 */
export const POST = withUser((user, body) => previewQuizSet(user, body));
