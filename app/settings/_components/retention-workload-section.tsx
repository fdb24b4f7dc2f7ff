import { RetentionWorkloadTable } from "@/components/settings/retention-workload-table";
import { getRetentionWorkload } from "@/lib/server/fsrs/get-retention-workload";

/** Streams in after the page: the year-long simulation takes about a second the first time. */
export async function RetentionWorkloadSection({ userId }: { userId: string }) {
  return <RetentionWorkloadTable view={await getRetentionWorkload(userId)} />;
}
