import { studyAssignment } from "@/lib/server/classes/study-assignment";
import { withUser } from "@/lib/server/http/json-route";

/** Flashcard assignments: adds the set's decks to the caller's study and lists its cards. */
export const POST = withUser<{ assignmentId: string }>(
  (user, _body, { assignmentId }) => studyAssignment(user, assignmentId),
  { body: false },
);
