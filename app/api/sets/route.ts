import { listSets } from "@/lib/server/classes/list-sets";
import { withUser } from "@/lib/server/http/json-route";

/** The instructor's sets. */
export const GET = withUser((user) => listSets(user), { body: false });
