import { listAssignmentsForInstructor } from "@/lib/server/classes/list-assignments-for-instructor";
import { withUser } from "@/lib/server/http/json-route";

/** The class's assignments with how many members submitted (its instructor only). */
export const GET = withUser<{ classId: string }>(
  (user, _body, { classId }) => listAssignmentsForInstructor(user, classId),
  { body: false },
);
