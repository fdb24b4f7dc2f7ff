import { getAssignmentResults } from "@/lib/server/classes/get-assignment-results";
import { withUser } from "@/lib/server/http/json-route";

/** The roster with status, scores and time spent (the class's instructor only). */
export const GET = withUser<{ assignmentId: string }>(
  (user, _body, { assignmentId }) => getAssignmentResults(user, assignmentId),
  { body: false },
);
