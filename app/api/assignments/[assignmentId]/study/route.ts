import { studyAssignment } from "@/lib/server/classes/study-assignment";
import { withUser } from "@/lib/server/http/json-route";

/** Flashcard assignments: whether the caller may study it, its cards and those reviewed. */
export const POST = withUser<{ assignmentId: string }>(
  (user, _body, { assignmentId }) => studyAssignment(user, assignmentId),
  { body: false },
);
