import "server-only";
import { judgeDiscrimination } from "@/lib/domain/classes/item-analysis";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import { slugify } from "@/lib/domain/slugify";
import { ok, type ServiceResult } from "@/lib/server/service-result";
import type { Caller } from "./caller";
import { getItemAnalysis } from "./get-item-analysis";
import { percent, toCsv, type CsvCell, type CsvFile } from "./to-csv";

export const ITEM_ANALYSIS_HEADER = [
  "Number",
  "Question id",
  "Type",
  "Question",
  "Learners",
  "Fully correct",
  "Facility index (%)",
  "Discrimination index",
  "Wrong answer 1",
  "Count 1",
  "Wrong answer 2",
  "Count 2",
  "Wrong answer 3",
  "Count 3",
] as const;

/**
 * The item analysis (first submitted attempts) as a CSV download (instructor only). The
 * discrimination index is left empty where the page reads "not enough data" (the one rule,
 * judgeDiscrimination).
 */
export async function exportItemAnalysisCsv(
  caller: Caller,
  assignmentId: string,
  now = new Date(),
): Promise<ServiceResult<CsvFile>> {
  const analysis = await getItemAnalysis(caller, assignmentId, now);
  if (!analysis.ok) return analysis;
  const rows = analysis.data.items.map((item) => {
    const wrong: CsvCell[] = [];
    for (let i = 0; i < 3; i++)
      wrong.push(item.wrongAnswers[i]?.answer ?? null, item.wrongAnswers[i]?.count ?? null);
    return [
      item.number,
      item.questionId,
      // In the page's words ("Fill in the blank"), not the internal kind ("cloze").
      KIND_LABELS[item.kind],
      item.text,
      item.count,
      item.correctCount,
      percent(item.facility),
      // Empty where the page says "not enough data": with two learners the index is always
      // +1 or -1, noise a spreadsheet would otherwise sort and chart as a figure.
      item.discrimination === null || judgeDiscrimination(item) === "not-enough-data"
        ? null
        : Math.round(item.discrimination * 1000) / 1000,
      ...wrong,
    ];
  });
  const date = now.toISOString().slice(0, 10);
  return ok({
    filename: `item-analysis-${slugify(analysis.data.setName)}-${date}.csv`,
    csv: toCsv(ITEM_ANALYSIS_HEADER, rows),
  });
}
