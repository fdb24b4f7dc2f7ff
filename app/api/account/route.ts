import { withUser } from "@/lib/server/http/json-route";
import { deleteAccount } from "@/lib/server/account/delete-account";
import { updateAccount } from "@/lib/server/account/update-account";

/** Changes the signed-in account's name: { name }. */
export const PATCH = withUser((user, body) => updateAccount(user.id, body));

/** Deletes the signed-in account; the body must repeat its email: { confirmEmail }. */
export const DELETE = withUser((user, body) => deleteAccount(user.id, body));
