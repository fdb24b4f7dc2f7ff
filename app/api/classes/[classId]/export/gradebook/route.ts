import { withUserCsv } from "@/lib/server/classes/csv-route";
import { exportClassGradebookCsv } from "@/lib/server/classes/export-class-gradebook-csv";

/** The class's gradebook (every learner, every assignment) as a CSV download. */
export const GET = withUserCsv<{ classId: string }>((user, { classId }) =>
  exportClassGradebookCsv(user, classId),
);
