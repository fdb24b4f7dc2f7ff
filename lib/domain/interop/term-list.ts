/**
 * Term/definition lists: a tab-separated file that Quizlet and Anki both import, a CSV for
 * spreadsheets, and the import of either into flashcard-like pairs (csv-parse).
 *
 * TSV (export): one card per line, front TAB back [TAB source], no header (Quizlet would make
 * it a card). Quizlet has no quoting, so a tab or line break inside a text becomes one space.
 * Anki reads the file as CSV with a tab delimiter, where a field that starts with a double
 * quote opens a quoted field and a line that starts with "#" is a comment: such a field (and
 * only such) is written in double quotes with inner quotes doubled. Formulas are not defused
 * here: the file is for flashcard apps, and an apostrophe would show on the card.
 *
 * CSV (export): a header row front,back[,source], RFC 4180 quoting by csv-stringify, a BOM for
 * Excel, and every cell that a spreadsheet would run as a formula defused (csv-cell.ts).
 *
 * Import: TSV or CSV (by the option, else a tab in the first line means TSV); Anki's "#key:value"
 * header lines at the top and a header row (front/back, term/definition, question/answer) are
 * skipped; an apostrophe added by the CSV defusal is removed again. Texts are plain text, kept
 * as typed (HTML is not interpreted). Errors name the line: one column only, more than three,
 * an empty side, a term given twice, a text over the length limit, an unclosed quote.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { SourceCitation } from "@/lib/domain/questions/types";
import { CUSTOM_ID_PREFIX, resolveImportId, sortErrors } from "./custom-question";
import { defuseCsvCell, undoCsvDefuse } from "./csv-cell";
import { formatSources } from "./draft";
import { IMPORT_LIMITS, sizeError } from "./limits";
import { normalizeText, truncateText } from "./text";
import type { CardImportResult, CustomCard, ImportError } from "./types";

/** What a card export needs: a generated flashcard, a custom card or any front/back pair. */
export interface TermCard {
  front: string;
  back: string;
  sources?: readonly SourceCitation[];
  /** Used when there are no `sources` (custom cards keep their source as text). */
  source?: string | null;
}

/** A card's source as one line of text. */
export function sourceLine(card: TermCard): string {
  if (card.sources && card.sources.length > 0)
    return formatSources(card.sources).split("\n").join("; ");
  return card.source ?? "";
}

function tsvField(text: string, first: boolean): string {
  const flat = text.replace(/[ ]*(?:\r\n?|\n|\t)[ ]*/g, " ").trim();
  return flat.startsWith('"') || (first && flat.startsWith("#"))
    ? `"${flat.replace(/"/g, '""')}"`
    : flat;
}

export interface TermListExportOptions {
  /** Adds a third column with the card's sources (Anki maps it to a third field). */
  withSource?: boolean;
}

export function exportTermListTsv(
  cards: readonly TermCard[],
  options: TermListExportOptions = {},
): string {
  return cards
    .map((card) => {
      const cells = [card.front, card.back, ...(options.withSource ? [sourceLine(card)] : [])];
      return `${cells.map((cell, i) => tsvField(cell, i === 0)).join("\t")}\n`;
    })
    .join("");
}

export function exportTermListCsv(
  cards: readonly TermCard[],
  options: TermListExportOptions = {},
): string {
  const header = ["front", "back", ...(options.withSource ? ["source"] : [])];
  const rows = cards.map((card) => [
    card.front,
    card.back,
    ...(options.withSource ? [sourceLine(card)] : []),
  ]);
  return stringify(
    [header, ...rows].map((row) => row.map(defuseCsvCell)),
    // A lone CR or LF in a cell is quoted too, or readers that split lines on it break the row.
    { bom: true, record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
  );
}

const HEADER_FRONT = new Set(["front", "term", "question", "word"]);
const HEADER_BACK = new Set(["back", "definition", "answer", "meaning"]);

export interface TermListImportOptions {
  /** "tsv" or "csv"; by default a tab in the first data line means TSV. */
  format?: "tsv" | "csv";
  /** As for questions: names the import in the card ids (default: a hash of the file). */
  importId?: string;
}

const newlines = (text: string) => text.split("\n").length - 1;

/** A record as csv-parse returns it with `info: true`. */
interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

function isParsedRecord(value: unknown): value is ParsedRecord {
  if (typeof value !== "object" || value === null) return false;
  const { record, info } = value as { record?: unknown; info?: unknown };
  return (
    Array.isArray(record) &&
    record.every((cell) => typeof cell === "string") &&
    typeof info === "object" &&
    info !== null &&
    typeof (info as { lines?: unknown }).lines === "number"
  );
}

/** Parses a term/definition list into cards, or returns every error in it. */
export function parseTermList(
  source: string,
  options: TermListImportOptions = {},
): CardImportResult {
  const fail = (message: string, line: number | null = null): CardImportResult => ({
    ok: false,
    errors: [{ line, question: null, message }],
  });
  const tooBig = sizeError(source, IMPORT_LIMITS.maxTermFileBytes);
  if (tooBig) return fail(tooBig);
  const text = source.replace(/^\uFEFF/, "");
  // Anki's file headers ("#separator:tab", "#html:false", ...) come first.
  const header = /^(?:#[a-z ]+:[^\r\n]*(?:\r\n|\n|\r|$))*/i.exec(text)?.[0] ?? "";
  const skipped = header.split(/\r\n|\n|\r/).length - 1;
  const body = text.slice(header.length);
  const firstLine = body.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  const format = options.format ?? (firstLine.includes("\t") ? "tsv" : "csv");
  let records: ParsedRecord[];
  try {
    const parsed: unknown[] = parse(body, {
      delimiter: format === "tsv" ? "\t" : ",",
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    });
    records = parsed.filter(isParsedRecord);
  } catch (e) {
    const at = (e as { lines?: unknown }).lines;
    const line = typeof at === "number" ? at + skipped : null;
    const reason =
      (e as { code?: unknown }).code === "CSV_QUOTE_NOT_CLOSED"
        ? "a quoted field is not closed"
        : e instanceof Error
          ? e.message
          : "malformed file";
    return fail(`${line === null ? "" : `line ${line}: `}${reason}`, line);
  }
  const errors: ImportError[] = [];
  const cards: Omit<CustomCard, "id">[] = [];
  const firstSeen = new Map<string, number>();
  records.forEach(({ record, info }, index) => {
    const line = info.lines - newlines(record.join("\t")) + skipped;
    const cells = record.map((cell) =>
      normalizeText(format === "csv" ? undoCsvDefuse(cell) : cell),
    );
    // A line of spaces or empty cells (",," from a spreadsheet) is skipped like a blank line.
    if (cells.every((c) => c === "")) return;
    const lower = cells.map((c) => c.toLowerCase());
    if (index === 0 && HEADER_FRONT.has(lower[0] ?? "") && HEADER_BACK.has(lower[1] ?? "")) return;
    const err = (message: string) =>
      errors.push({ line, question: null, message: `line ${line}: ${message}` });
    if (cells.length < 2) return err("expected a term and a definition, found one column");
    if (cells.length > 3)
      return err(`expected 2 or 3 columns (term, definition, source), found ${cells.length}`);
    const [front = "", back = "", sourceText = ""] = cells;
    if (front === "") return err("the term is empty");
    if (back === "") return err("the definition is empty");
    if (cells.some((c) => c.length > IMPORT_LIMITS.maxTextLength))
      return err(`a text is longer than ${IMPORT_LIMITS.maxTextLength} characters`);
    const key = front.toLowerCase();
    const seen = firstSeen.get(key);
    if (seen !== undefined)
      return err(`the term "${truncateText(front, 60)}" already appears on line ${seen}`);
    firstSeen.set(key, line);
    cards.push({ origin: "custom", front, back, source: sourceText === "" ? null : sourceText });
  });
  if (cards.length === 0 && errors.length === 0) return fail("the file contains no card");
  if (cards.length > IMPORT_LIMITS.maxCards)
    errors.push({
      line: null,
      question: null,
      message: `the file has ${cards.length} cards; the limit is ${IMPORT_LIMITS.maxCards}`,
    });
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  const importId = resolveImportId(options.importId, source);
  return {
    ok: true,
    cards: cards.map((card, i) => ({ id: `${CUSTOM_ID_PREFIX}${importId}:${i + 1}`, ...card })),
  };
}
