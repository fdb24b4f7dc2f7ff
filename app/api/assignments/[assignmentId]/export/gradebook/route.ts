import { withUserCsv } from "@/lib/server/classes/csv-route";
import { exportGradebookCsv } from "@/lib/server/classes/export-gradebook-csv";

/** The gradebook as a CSV download. */
export const GET = withUserCsv<{ assignmentId: string }>((user, { assignmentId }) =>
  exportGradebookCsv(user, assignmentId),
);
