import { exportQuestionBank } from "@/lib/server/interop/export-study-files";
import { withUserFile } from "@/lib/server/interop/file-route";

/** The whole question bank for instructors: ?format=moodle-xml|gift. */
export const GET = withUserFile<Record<string, never>>((user, format) =>
  exportQuestionBank(user, format),
);
