import { withUser } from "@/lib/server/http/json-route";
import { updateQuizAttempt } from "@/lib/server/quiz/update-quiz-attempt";

/** Current question and flags, so a reload resumes in the same place. */
export const PATCH = withUser<{ id: string }>((user, body, { id }) =>
  updateQuizAttempt(user.id, id, body),
);
