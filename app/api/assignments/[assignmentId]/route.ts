import { removeAssignment } from "@/lib/server/classes/remove-assignment";
import { updateAssignment } from "@/lib/server/classes/update-assignment";
import { withUser } from "@/lib/server/http/json-route";

type Params = { assignmentId: string };

/**
 * Body { opensAt, dueAt ("YYYY-MM-DDTHH:mm"), timeZone, attemptsAllowed, lateCounts }: the
 * assignment's rules, all of them (its instructor only).
 */
export const PUT = withUser<Params>((user, body, { assignmentId }) =>
  updateAssignment(user, assignmentId, body),
);

/** Unassigns the set (its instructor only, while no learner has started it). */
export const DELETE = withUser<Params>(
  (user, _body, { assignmentId }) => removeAssignment(user, assignmentId),
  { body: false },
);
