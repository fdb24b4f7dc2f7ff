import { withUser } from "@/lib/server/http/json-route";
import { discardQuizAttempt } from "@/lib/server/quiz/discard-quiz-attempt";
import { updateQuizAttempt } from "@/lib/server/quiz/update-quiz-attempt";

/** Current question and flags, so a reload resumes in the same place. */
export const PATCH = withUser<{ id: string }>((user, body, { id }) =>
  updateQuizAttempt(user.id, id, body),
);

/**
 * "Discard": an unfinished quiz of the caller's own, deleted with its answers (those already
 * counted towards progress keep counting). Not for assignment work or a submitted quiz.
 */
export const DELETE = withUser<{ id: string }>(
  (user, _body, { id }) => discardQuizAttempt(user.id, { attemptId: id }),
  { body: false },
);
