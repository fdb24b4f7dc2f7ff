import { deleteSet } from "@/lib/server/classes/delete-set";
import { getSet } from "@/lib/server/classes/get-set";
import { renameSet } from "@/lib/server/classes/rename-set";
import { withUser } from "@/lib/server/http/json-route";

type Params = { setId: string };

/** One of the instructor's sets with its questions or cards. */
export const GET = withUser<Params>((user, _body, { setId }) => getSet(user, setId), {
  body: false,
});

/** Body { name }: renames the set (its instructor only). */
export const PATCH = withUser<Params>((user, body, { setId }) => renameSet(user, setId, body));

/**
 * Deletes the set with the questions or cards its instructor wrote in it; 409 while any class
 * has it assigned.
 */
export const DELETE = withUser<Params>((user, _body, { setId }) => deleteSet(user, setId), {
  body: false,
});
