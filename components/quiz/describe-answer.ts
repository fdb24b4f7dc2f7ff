/**
 * Answers in words, for review: option ids become option texts, pairs become "left → right",
 * an ordering a numbered list. The answer key is turned into a Response first, so the
 * learner's answer and the correct one are described by the same code and look alike.
 */
import type { Choice, Question, Response } from "@/lib/domain/questions/types";

export type AnswerText =
  | { type: "text"; text: string }
  | { type: "blank" }
  | { type: "cloze"; before: string; text: string; after: string }
  | { type: "list"; items: string[] }
  | { type: "ordered"; items: string[] }
  | { type: "pairs"; pairs: { left: string; right: string | null }[] };

const UNKNOWN = "(an option that is no longer part of this question)";

function textOf(choices: readonly Choice[], id: string): string {
  return choices.find((c) => c.id === id)?.text ?? UNKNOWN;
}

/** Other accepted spellings of a typed answer, to show beside the canonical one. */
export function otherAcceptedAnswers(question: Question): string[] {
  const all =
    question.kind === "cloze"
      ? question.answers
      : question.kind === "short-answer"
        ? question.accepted
        : [];
  const [canonical, ...rest] = all;
  const seen = new Set([canonical?.toLowerCase()]);
  return rest.filter((text) => {
    const key = text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function describeAnswer(question: Question, response: Response): AnswerText {
  // A stored response of another kind (content changed) is shown as unreadable, not guessed at.
  if (response.kind !== question.kind)
    return { type: "text", text: "(an answer to a different type of question)" };
  switch (response.kind) {
    case "single-choice":
    case "which-programme":
      return {
        type: "text",
        text: textOf("options" in question ? question.options : [], response.optionId),
      };
    case "multiple-select": {
      if (question.kind !== "multiple-select" || response.optionIds.length === 0)
        return { type: "blank" };
      const picked = new Set(response.optionIds);
      // Option order, not click order, so two answers can be compared line by line.
      return {
        type: "list",
        items: question.options.filter((o) => picked.has(o.id)).map((o) => o.text),
      };
    }
    case "true-false":
      return { type: "text", text: response.value ? "True" : "False" };
    case "cloze":
      if (response.text.trim() === "") return { type: "blank" };
      return question.kind === "cloze"
        ? {
            type: "cloze",
            before: question.before,
            text: response.text.trim(),
            after: question.after,
          }
        : { type: "text", text: response.text };
    case "short-answer":
      return response.text.trim() === ""
        ? { type: "blank" }
        : { type: "text", text: response.text.trim() };
    case "matching": {
      if (question.kind !== "matching") return { type: "blank" };
      const partner = new Map<string, string>();
      // Only the first pair per left item counts when grading, so only it is shown.
      for (const pair of response.pairs)
        if (!partner.has(pair.leftId)) partner.set(pair.leftId, pair.rightId);
      if (partner.size === 0) return { type: "blank" };
      return {
        type: "pairs",
        pairs: question.left.map((left) => {
          const rightId = partner.get(left.id);
          return { left: left.text, right: rightId ? textOf(question.right, rightId) : null };
        }),
      };
    }
    case "ordering":
      return question.kind === "ordering"
        ? { type: "ordered", items: response.itemIds.map((id) => textOf(question.items, id)) }
        : { type: "blank" };
  }
}
