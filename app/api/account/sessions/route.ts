import { signOutEverywhere } from "@/lib/server/auth/session-version";
import { withUser } from "@/lib/server/http/json-route";

/** "Sign out everywhere": ends every session of the signed-in user, this one included. */
export const DELETE = withUser((user) => signOutEverywhere(user.id), { body: false });
