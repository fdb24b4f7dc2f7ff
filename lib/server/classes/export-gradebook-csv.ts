import "server-only";
import { slugify } from "@/lib/domain/slugify";
import { ok, type ServiceResult } from "@/lib/server/service-result";
import type { Caller } from "./caller";
import { getAssignmentResults } from "./get-assignment-results";
import { percent, toCsv, type CsvFile } from "./to-csv";

export const GRADEBOOK_HEADER = [
  "Name",
  "Email",
  "Status",
  "Attempts",
  "Best score (%)",
  "Last score (%)",
  "Late attempts not counted",
  "Time spent (minutes)",
  "Last submitted (UTC)",
  "Cards reviewed",
  "Cards",
] as const;

/** The assignment's results, one row per member, as a CSV download (instructor only). */
export async function exportGradebookCsv(
  caller: Caller,
  assignmentId: string,
  now = new Date(),
): Promise<ServiceResult<CsvFile>> {
  const results = await getAssignmentResults(caller, assignmentId, now);
  if (!results.ok) return results;
  const { assignment, roster } = results.data;
  const csv = toCsv(
    GRADEBOOK_HEADER,
    roster.map((r) => [
      r.name,
      r.email,
      r.status,
      r.attemptsUsed,
      percent(r.bestScore),
      percent(r.lastScore),
      r.uncountedLateAttempts,
      Math.round(r.timeSpentSeconds / 6) / 10,
      r.lastSubmittedAt?.toISOString() ?? null,
      r.cards?.reviewed ?? null,
      r.cards?.total ?? null,
    ]),
  );
  const date = now.toISOString().slice(0, 10);
  const slug = `${slugify(assignment.className)}-${slugify(assignment.set.name)}`;
  return ok({
    filename: `gradebook-${slug}-${date}.csv`,
    csv,
  });
}
