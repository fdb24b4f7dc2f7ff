import "server-only";
import { stringify } from "csv-stringify/sync";
import { defuseCsvCell } from "@/lib/domain/interop/csv-cell";

export type CsvCell = string | number | null;
export type CsvFile = { filename: string; csv: string };

/** Learner names and typed answers are untrusted: formulas are defused (csv-cell.ts). */
const defuse = (cell: CsvCell): CsvCell => defuseCsvCell(cell);

/** A CSV document with a header row; UTF-8 with a BOM so Excel reads accents right. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header.map(defuse), ...rows.map((row) => row.map(defuse))], {
    bom: true,
    record_delimiter: "\r\n",
  });
}

/** 0..1 -> percent with one decimal, for spreadsheets; blank when there is none. */
export function percent(score: number | null): CsvCell {
  return score === null ? null : Math.round(score * 1000) / 10;
}
