import { getLearnerAssignmentWork } from "@/lib/server/classes/get-learner-assignment-work";
import { withUser } from "@/lib/server/http/json-route";

/** One learner's attempts and answers (the class's instructor only). */
export const GET = withUser<{ assignmentId: string; learnerId: string }>(
  (user, _body, { assignmentId, learnerId }) =>
    getLearnerAssignmentWork(user, assignmentId, learnerId),
  { body: false },
);
