import { startAssignmentAttempt } from "@/lib/server/classes/start-assignment-attempt";
import { withUser } from "@/lib/server/http/json-route";

/** Starts (or resumes) the caller's attempt; then play it at /quizzes/<attemptId> as usual. */
export const POST = withUser<{ assignmentId: string }>(
  (user, _body, { assignmentId }) => startAssignmentAttempt(user, assignmentId),
  {
    okStatus: 201,
    body: false,
  },
);
