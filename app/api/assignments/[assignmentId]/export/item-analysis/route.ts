import { withUserCsv } from "@/lib/server/classes/csv-route";
import { exportItemAnalysisCsv } from "@/lib/server/classes/export-item-analysis-csv";

/** The item analysis as a CSV download. */
export const GET = withUserCsv<{ assignmentId: string }>((user, { assignmentId }) =>
  exportItemAnalysisCsv(user, assignmentId),
);
