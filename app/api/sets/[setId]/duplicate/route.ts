import { duplicateSet } from "@/lib/server/classes/duplicate-set";
import { withUser } from "@/lib/server/http/json-route";

type Params = { setId: string };

/** Copies one of the instructor's sets, with the questions and cards they wrote in it (201). */
export const POST = withUser<Params>((user, _body, { setId }) => duplicateSet(user, setId), {
  body: false,
  okStatus: 201,
});
