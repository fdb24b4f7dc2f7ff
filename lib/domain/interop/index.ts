/**
 * Import and export of questions and cards (all pure: time, the SQLite engine and ids come in
 * as arguments). See the README section "Import and export" for each format's mapping and
 * limits.
 */
export { parseAnkiPackage, type AnkiImportOptions, type AnkiImportResult } from "./anki-import";
export { buildAnkiPackage, type AnkiCard, type AnkiPackageOptions } from "./anki-package";
export { isCustomQuestionId, validateDraft, type CustomQuestionOptions } from "./custom-question";
export { defuseCsvCell } from "./csv-cell";
export { toDraft, type QuestionDraft } from "./draft";
export { EXPORT_EXTENSIONS, exportFileName } from "./file-name";
export { exportGift, type GiftExportOptions } from "./gift-export";
export { parseGift } from "./gift-import";
export { IMPORT_LIMITS } from "./limits";
export { exportMoodleXml, type MoodleXmlExportOptions } from "./moodle-xml-export";
export { parseMoodleXml } from "./moodle-xml-import";
export {
  exportTermListCsv,
  exportTermListTsv,
  parseTermList,
  type TermCard,
  type TermListImportOptions,
} from "./term-list";
export type {
  CardImportResult,
  CustomCard,
  CustomQuestion,
  ExportResult,
  ImportError,
  OmittedItem,
  QuestionImportResult,
} from "./types";
