/** Result shapes of the importers and exporters (lib/domain/interop). */
import type { Question } from "@/lib/domain/questions/types";

/**
 * One problem in an imported file. `line` is 1-based where the format gives one (GIFT, XML,
 * TSV/CSV); `question` is the 1-based position of the question in the file when the problem
 * belongs to one question.
 */
export interface ImportError {
  line: number | null;
  question: number | null;
  message: string;
}

/** Either every question of the file, or every error found in it: never a partial import. */
export type QuestionImportResult =
  { ok: true; questions: CustomQuestion[] } | { ok: false; errors: ImportError[] };

/** Either every card of the file, or every error found in it. */
export type CardImportResult =
  { ok: true; cards: CustomCard[] } | { ok: false; errors: ImportError[] };

/**
 * A question written by an instructor (imported or, later, written in a form): an ordinary
 * question of our model, graded by the same graders, plus its origin and its bank title.
 * Its id is `custom:<import id>:<n>`, which no generated id can be (those start with a kind).
 */
export type CustomQuestion = Question & { origin: "custom"; name: string | null };

/** A term/definition pair from a TSV or CSV file, for a flashcard set. */
export interface CustomCard {
  id: string;
  origin: "custom";
  front: string;
  back: string;
  source: string | null;
}

/** What an import brought into a set (the import route's answer). */
export interface ImportSummary {
  imported: number;
  kind: "questions" | "cards";
  /** Items of the file the set already had (same-item.ts), skipped rather than stored twice. */
  alreadyInSet: number;
  /** Anki packages: notes with an empty side, and cards whose front came earlier. */
  skipped?: { empty: number; duplicate: number };
}

/** A question or card the target format cannot hold: left out, with a note in the file. */
export interface OmittedItem {
  id: string;
  reason: string;
}

export interface ExportResult {
  content: string;
  omitted: OmittedItem[];
}
