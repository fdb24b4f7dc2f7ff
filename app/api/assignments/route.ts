import { createAssignment } from "@/lib/server/classes/create-assignment";
import { listAssignmentsForLearner } from "@/lib/server/classes/list-assignments-for-learner";
import { withUser } from "@/lib/server/http/json-route";

/** The caller's own assignments (from the classes they belong to), with their status. */
export const GET = withUser((user) => listAssignmentsForLearner(user), { body: false });

/**
 * Body { classId, setId, opensAt, dueAt ("YYYY-MM-DDTHH:mm"), timeZone, attemptsAllowed,
 * lateCounts }.
 */
export const POST = withUser((user, body) => createAssignment(user, body), { okStatus: 201 });
