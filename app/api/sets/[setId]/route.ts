import { getSet } from "@/lib/server/classes/get-set";
import { withUser } from "@/lib/server/http/json-route";

/** One of the instructor's sets with its questions or cards. */
export const GET = withUser<{ setId: string }>((user, _body, { setId }) => getSet(user, setId), {
  body: false,
});
