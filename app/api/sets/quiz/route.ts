import { createQuizSet } from "@/lib/server/classes/create-quiz-set";
import { withUser } from "@/lib/server/http/json-route";

/**
 * Body: quiz options + { name, pinnedIds, excludedIds, drawPerLearner, seed (from the preview) }.
 */
export const POST = withUser((user, body) => createQuizSet(user, body), { okStatus: 201 });
