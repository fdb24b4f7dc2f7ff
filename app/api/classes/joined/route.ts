import { listLearnerClasses } from "@/lib/server/classes/list-learner-classes";
import { withUser } from "@/lib/server/http/json-route";

/** The classes the caller belongs to. */
export const GET = withUser((user) => listLearnerClasses(user), { body: false });
