import { optimiseFsrs } from "@/lib/server/fsrs/optimise-fsrs";
import { withUser } from "@/lib/server/http/json-route";

/** "Optimise now": fits personal FSRS parameters to the caller's own reviews. */
export const POST = withUser((user, body) => optimiseFsrs(user.id, body));
