import { withUser } from "@/lib/server/http/json-route";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";

export const POST = withUser<{ id: string }>(
  (user, _body, { id }) => submitQuizAttempt(user.id, id),
  { body: false },
);
