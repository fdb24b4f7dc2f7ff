import { createClass } from "@/lib/server/classes/create-class";
import { listClassesForInstructor } from "@/lib/server/classes/list-classes-for-instructor";
import { withUser } from "@/lib/server/http/json-route";

/** The instructor's classes (403 for learners: see GET /api/classes/joined). */
export const GET = withUser((user) => listClassesForInstructor(user), { body: false });

/** Body { name, description? }: a new class with a join code. */
export const POST = withUser((user, body) => createClass(user, body), { okStatus: 201 });
