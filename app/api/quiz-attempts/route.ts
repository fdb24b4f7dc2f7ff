import { withUser } from "@/lib/server/http/json-route";
import { startQuiz } from "@/lib/server/quiz/start-quiz";

/** Starts a quiz: the server draws and stores the questions. */
export const POST = withUser((user, body) => startQuiz(user.id, body), { okStatus: 201 });
