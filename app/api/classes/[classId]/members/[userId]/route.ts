import { removeMember } from "@/lib/server/classes/remove-member";
import { withUser } from "@/lib/server/http/json-route";

/** The instructor removes a learner from the class. */
export const DELETE = withUser<{ classId: string; userId: string }>(
  (user, _body, { classId, userId }) => removeMember(user, classId, userId),
  {
    body: false,
  },
);
