import { joinClass } from "@/lib/server/classes/join-class";
import { withUser } from "@/lib/server/http/json-route";

/** Body { code }: the code as typed, or a pasted join link. */
export const POST = withUser((user, body) => joinClass(user, body), { okStatus: 201 });
