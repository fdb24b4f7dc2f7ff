import { archiveClass } from "@/lib/server/classes/archive-class";
import { withUser } from "@/lib/server/http/json-route";

/** Body { archived: boolean }: archive the class, or restore it. */
export const PUT = withUser<{ classId: string }>((user, body, { classId }) =>
  archiveClass(user, classId, body),
);
