import "server-only";

/**
 * Who is calling a class, set or assignment service: the signed-in user from the session
 * (route handlers pass `getCurrentUser()`), never an id from the request. The role is read
 * from the database on every request, so a changed role takes effect at once.
 */
export type Caller = { id: string; role: "LEARNER" | "INSTRUCTOR" };

export function isInstructor(caller: Caller): boolean {
  return caller.role === "INSTRUCTOR";
}

// Objects the caller may not see are "not found", never "forbidden", so ids do not reveal
// what exists. 403 is only for a learner asking for an instructor action on nothing in particular.
export const CLASS_NOT_FOUND = "Class not found.";
export const SET_NOT_FOUND = "Set not found.";
export const ASSIGNMENT_NOT_FOUND = "Assignment not found.";
export const LEARNER_NOT_FOUND = "That learner is not in this class.";
export const INSTRUCTORS_ONLY =
  "Only instructors can do this. Ask your instructor, or sign up as one.";
