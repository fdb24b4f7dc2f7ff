import "server-only";
import { slugify } from "@/lib/domain/slugify";
import { ok, type ServiceResult } from "@/lib/server/service-result";
import type { Caller } from "./caller";
import { getClassGradebook } from "./get-class-gradebook";
import { percent, toCsv, type CsvCell, type CsvFile } from "./to-csv";

/**
 * The class's gradebook as a CSV download (instructor only): one row per member, two columns
 * per assignment (its status, in the machine names of the assignment's own CSV; then the best
 * score of a quiz, or the cards reviewed of a flashcard set), then the learner's totals. An
 * assignment is named by its set and due date, so a set assigned twice gives distinct columns.
 */
export async function exportClassGradebookCsv(
  caller: Caller,
  classId: string,
  now = new Date(),
): Promise<ServiceResult<CsvFile>> {
  const result = await getClassGradebook(caller, classId, now);
  if (!result.ok) return result;
  const { class: cls, assignments, rows } = result.data;
  const header = [
    "Name",
    "Email",
    ...assignments.flatMap((a) => {
      const name = `${a.set.name} (due ${a.dueAtLocal.slice(0, 10)})`;
      return [
        `${name}: status`,
        a.set.kind === "quiz" ? `${name}: best score (%)` : `${name}: cards reviewed`,
      ];
    }),
    "Assignments done",
    "Assignments opened",
    "Mean best quiz score (%)",
  ];
  const csv = toCsv(
    header,
    rows.map((r) => [
      r.name,
      r.email,
      ...r.entries.flatMap((e): CsvCell[] => [
        e.status,
        e.cards ? e.cards.reviewed : percent(e.bestScore),
      ]),
      r.totals.done,
      r.totals.opened,
      percent(r.totals.meanBestScore),
    ]),
  );
  return ok({
    filename: `class-gradebook-${slugify(cls.name)}-${now.toISOString().slice(0, 10)}.csv`,
    csv,
  });
}
