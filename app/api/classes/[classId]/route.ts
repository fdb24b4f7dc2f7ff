import { getClassForInstructor } from "@/lib/server/classes/get-class-for-instructor";
import { updateClass } from "@/lib/server/classes/update-class";
import { withUser } from "@/lib/server/http/json-route";

type Params = { classId: string };

/** The class with its roster and assignments (its instructor only). */
export const GET = withUser<Params>(
  (user, _body, { classId }) => getClassForInstructor(user, classId),
  { body: false },
);

/** Body { name?, description? }. */
export const PATCH = withUser<Params>((user, body, { classId }) =>
  updateClass(user, classId, body),
);
