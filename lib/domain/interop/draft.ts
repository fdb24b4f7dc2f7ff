/**
 * The exchange form of a question: what GIFT and Moodle XML can carry, keyed by text instead of
 * by our option ids. Every exporter writes drafts and every importer reads drafts, so the round
 * trip of a question is `toDraft(imported)` equal to `toDraft(original)`.
 *
 * How our kinds map (the only lossy points, written down in the README):
 * - "which programme" becomes single choice, its description a second paragraph of the prompt;
 * - true/false and cloze keep their instruction as a first paragraph ("True or false?"); the
 *   sentence around a cloze blank is one line;
 * - matching and ordering labels (column headings, "Earliest first") are not carried;
 * - explanation and sources travel as general feedback text.
 */
import type { Question, SourceCitation } from "@/lib/domain/questions/types";
import { joinParagraphs } from "./text";

export const DEFAULT_TRUE_FALSE_PROMPT = "True or false?";
export const DEFAULT_CLOZE_PROMPT = "Fill in the blank.";
export const DEFAULT_MATCHING_LABELS = { left: "Item", right: "Match" } as const;
export const DEFAULT_ORDER_LABEL = "First to last";

interface DraftBase {
  /** A title for the question bank (GIFT ::title::, Moodle <name>); never shown to learners. */
  name: string | null;
  prompt: string;
  /** General feedback: the explanation, and for exported questions their sources. */
  explanation: string;
}

export type QuestionDraft = DraftBase &
  (
    | { kind: "single-choice"; options: string[]; correct: number }
    | { kind: "multiple-select"; options: string[]; correct: number[] }
    | { kind: "true-false"; statement: string; answer: boolean }
    | { kind: "cloze"; before: string; after: string; answers: string[]; rejected: string[] }
    | {
        kind: "matching";
        pairs: { left: string; right: string }[];
        /** Right-hand items that match nothing (distractors). */
        extraRights: string[];
      }
    | { kind: "ordering"; items: string[] }
    | { kind: "short-answer"; accepted: string[]; rejected: string[] }
  );

export type DraftKind = QuestionDraft["kind"];

/** The kinds an import can produce (which programme arrives as single choice). */
export const DRAFT_KINDS: readonly DraftKind[] = [
  "single-choice",
  "multiple-select",
  "true-false",
  "cloze",
  "matching",
  "ordering",
  "short-answer",
];

const oneLine = (text: string) => text.replace(/[^\S\n]*(?:\r\n?|\n)\s*/g, " ");

function textOf(choices: readonly { id: string; text: string }[], id: string): string {
  const found = choices.find((c) => c.id === id);
  if (!found) throw new Error(`answer key names unknown id "${id}"`);
  return found.text;
}

/** Reads extra fields some questions carry (imported ones keep their title as `name`). */
function nameOf(q: Question): string | null {
  const name: unknown = (q as { name?: unknown }).name;
  return typeof name === "string" && name.trim() !== "" ? name : null;
}

export function toDraft(q: Question): QuestionDraft {
  const base = { name: nameOf(q), prompt: q.prompt, explanation: q.explanation };
  switch (q.kind) {
    case "single-choice":
    case "which-programme":
      return {
        ...base,
        prompt: q.kind === "which-programme" ? joinParagraphs(q.prompt, q.description) : q.prompt,
        kind: "single-choice",
        options: q.options.map((o) => o.text),
        correct: q.options.findIndex((o) => o.id === q.answer),
      };
    case "multiple-select": {
      const answers = new Set(q.answers);
      return {
        ...base,
        kind: "multiple-select",
        options: q.options.map((o) => o.text),
        correct: q.options.flatMap((o, i) => (answers.has(o.id) ? [i] : [])),
      };
    }
    case "true-false":
      return { ...base, kind: "true-false", statement: q.statement, answer: q.answer };
    case "cloze":
      return {
        ...base,
        kind: "cloze",
        // The gap's sentence is one paragraph: a blank line in it would read as the prompt's end.
        before: oneLine(q.before),
        after: oneLine(q.after),
        answers: [...q.answers],
        rejected: [...q.rejected],
      };
    case "matching": {
      const used = new Set(q.answer.map((p) => p.rightId));
      return {
        ...base,
        kind: "matching",
        pairs: q.answer.map((p) => ({
          left: textOf(q.left, p.leftId),
          right: textOf(q.right, p.rightId),
        })),
        extraRights: q.right.filter((r) => !used.has(r.id)).map((r) => r.text),
      };
    }
    case "ordering":
      return { ...base, kind: "ordering", items: q.answer.map((id) => textOf(q.items, id)) };
    case "short-answer":
      return {
        ...base,
        kind: "short-answer",
        // The canonical answer first: importers take the first accepted form as canonical.
        accepted: [q.answer, ...q.accepted.filter((a) => a !== q.answer)],
        rejected: [...q.rejected],
      };
  }
}

/** Source citations as lines of text, for general feedback and the Anki "Source" field. */
export function formatSources(sources: readonly SourceCitation[]): string {
  return sources
    .map((s) => {
      const sentences = s.sentences ?? [];
      const which = sentences.length
        ? `, sentence${sentences.length > 1 ? "s" : ""} ${sentences.join(", ")}`
        : "";
      const where = s.paragraph !== undefined ? `, paragraph ${s.paragraph}${which}` : "";
      return `${s.publisher}, "${s.title}"${where}${s.url ? ` ${s.url}` : ""}`;
    })
    .join("\n");
}

/** The general feedback written for a question: its explanation, then its sources. */
export function generalFeedbackOf(q: Question): string {
  const sources = formatSources(q.sources);
  return sources ? `${q.explanation}\n\nSources:\n${sources}` : q.explanation;
}
