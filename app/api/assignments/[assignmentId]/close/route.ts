import { closeAssignmentNow } from "@/lib/server/classes/close-assignment";
import { withUser } from "@/lib/server/http/json-route";

type Params = { assignmentId: string };

/** "Make due now": the assignment's due date becomes this instant (its instructor only). */
export const POST = withUser<Params>(
  (user, _body, { assignmentId }) =>
    closeAssignmentNow(user, assignmentId, { timeZone: user.timeZone }),
  { body: false },
);
