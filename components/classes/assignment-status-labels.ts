import type { AssignmentStatus } from "@/lib/domain/classes/assignment-status";

/** How each status reads on screen (the CSV keeps the machine names). */
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  upcoming: "Upcoming",
  "to-do": "To do",
  done: "Done",
  late: "Late",
  "done-late": "Done late",
};
