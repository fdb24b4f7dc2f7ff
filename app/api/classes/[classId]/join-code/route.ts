import { rotateJoinCode } from "@/lib/server/classes/rotate-join-code";
import { withUser } from "@/lib/server/http/json-route";

/** A new join code; the old one stops working. */
export const POST = withUser<{ classId: string }>(
  (user, _body, { classId }) => rotateJoinCode(user, classId),
  { body: false },
);
