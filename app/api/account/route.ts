import { withUser } from "@/lib/server/http/json-route";
import { deleteAccount } from "@/lib/server/account/delete-account";

/** Deletes the signed-in account; the body must repeat its email: { confirmEmail }. */
export const DELETE = withUser((user, body) => deleteAccount(user.id, body));
