import { joinClassLimited } from "@/lib/server/classes/join-class";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { withUser } from "@/lib/server/http/json-route";

/** Body { code }: the code as typed, or a pasted join link. Wrong codes are rate-limited. */
export const POST = withUser(
  (user, body, _params, request) => joinClassLimited(user, body, clientAddressOf(request.headers)),
  { okStatus: 201 },
);
