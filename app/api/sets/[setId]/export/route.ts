import { exportSet } from "@/lib/server/interop/export-study-files";
import { withUserFile } from "@/lib/server/interop/file-route";

/** One of the instructor's sets as a file: ?format=moodle-xml|gift (quiz), apkg|tsv|csv (cards). */
export const GET = withUserFile<{ setId: string }>((user, format, { setId }) =>
  exportSet(user, setId, format),
);
