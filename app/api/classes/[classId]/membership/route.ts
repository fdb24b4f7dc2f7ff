import { leaveClass } from "@/lib/server/classes/leave-class";
import { withUser } from "@/lib/server/http/json-route";

/** The caller leaves the class. */
export const DELETE = withUser<{ classId: string }>(
  (user, _body, { classId }) => leaveClass(user, classId),
  { body: false },
);
