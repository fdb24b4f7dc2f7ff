import { changePassword } from "@/lib/server/account/change-password";
import { withUser } from "@/lib/server/http/json-route";

/** Changes the password: { currentPassword, newPassword }; signs out every session. */
export const PUT = withUser((user, body) => changePassword(user.id, body));
