/**
 * The title a question gets in Moodle's question bank (GIFT ::title::, Moodle XML <name>): its
 * own title when it has one, else the most telling part of its text, shortened. Generated
 * prompts are often generic ("True or false?"), so the statement or gap sentence is used.
 */
import type { QuestionDraft } from "./draft";
import { truncateText } from "./text";

export function questionName(draft: QuestionDraft): string {
  if (draft.name) return truncateText(draft.name, 200);
  const text =
    draft.kind === "true-false"
      ? draft.statement
      : draft.kind === "cloze"
        ? `${draft.before}___${draft.after}`
        : draft.prompt.slice(draft.prompt.lastIndexOf("\n\n") + 1);
  return truncateText(text, 80) || draft.kind;
}
