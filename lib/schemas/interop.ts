// Input schemas for exports and imports (browser -> server; untrusted).
import { z } from "zod";

/** Formats a quiz set or the question bank exports to (Moodle reads both). */
export const QUESTION_EXPORT_FORMATS = ["moodle-xml", "gift"] as const;
/**
 * Formats a flashcard set or a deck exports to (Anki reads the first two, Quizlet the TSV; the
 * CSV, with a header row, is for spreadsheets and imports back into a set).
 */
export const CARD_EXPORT_FORMATS = ["apkg", "tsv", "csv"] as const;
export type QuestionExportFormat = (typeof QUESTION_EXPORT_FORMATS)[number];
export type CardExportFormat = (typeof CARD_EXPORT_FORMATS)[number];
export type ExportFormat = QuestionExportFormat | CardExportFormat;

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  "moodle-xml": "Moodle XML",
  gift: "GIFT",
  apkg: "Anki (.apkg)",
  tsv: "Tab-separated (Quizlet, Anki)",
  csv: "CSV (spreadsheets)",
};

export const questionExportFormatSchema = z.enum(QUESTION_EXPORT_FORMATS, {
  error: "Choose Moodle XML (moodle-xml) or GIFT (gift).",
});
export const cardExportFormatSchema = z.enum(CARD_EXPORT_FORMATS, {
  error: "Choose an Anki package (apkg), a tab-separated file (tsv) or a CSV file (csv).",
});
export const exportFormatSchema = z.enum([...QUESTION_EXPORT_FORMATS, ...CARD_EXPORT_FORMATS], {
  error: "Unknown export format.",
});

/** The pseudo-deck "every card of the decks I study". */
export const MY_CARDS = "mine";

/** Files an instructor imports: questions into a quiz set, cards into a flashcard set. */
export const QUESTION_IMPORT_FORMATS = ["gift", "moodle-xml"] as const;
export const CARD_IMPORT_FORMATS = ["tsv", "csv", "apkg"] as const;
export const importFormatSchema = z.enum([...QUESTION_IMPORT_FORMATS, ...CARD_IMPORT_FORMATS], {
  error:
    "Choose GIFT (gift) or Moodle XML (moodle-xml) for a quiz set; TSV, CSV or an Anki " +
    "package (apkg) for cards.",
});
export type ImportFormat = z.infer<typeof importFormatSchema>;

export { OCTET_STREAM } from "@/lib/domain/interop/octet-stream";
