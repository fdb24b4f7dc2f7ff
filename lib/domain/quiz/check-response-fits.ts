/**
 * Whether a (schema-valid) response can be an answer to this question: same kind, option ids
 * that belong to it, no repeats, a full permutation for ordering. A response that fails here
 * is malformed (a 4xx), not merely wrong.
 */
import type { Question, Response } from "@/lib/domain/questions/types";

function allKnown(ids: readonly string[], known: readonly { id: string }[]): boolean {
  const set = new Set(known.map((o) => o.id));
  return ids.every((id) => set.has(id));
}

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

export function checkResponseFits(question: Question, response: Response): string | null {
  if (response.kind !== question.kind) return "That answer does not fit this type of question.";
  switch (question.kind) {
    case "single-choice":
    case "which-programme": {
      const r = response as Extract<Response, { kind: "single-choice" | "which-programme" }>;
      return allKnown([r.optionId], question.options)
        ? null
        : "That option is not part of this question.";
    }
    case "multiple-select": {
      const r = response as Extract<Response, { kind: "multiple-select" }>;
      if (!distinct(r.optionIds)) return "An option was chosen twice.";
      return allKnown(r.optionIds, question.options)
        ? null
        : "That option is not part of this question.";
    }
    case "true-false":
    case "cloze":
    case "short-answer":
      return null;
    case "matching": {
      const r = response as Extract<Response, { kind: "matching" }>;
      const lefts = r.pairs.map((p) => p.leftId);
      if (!distinct(lefts)) return "An item was matched twice.";
      if (
        !allKnown(lefts, question.left) ||
        !allKnown(
          r.pairs.map((p) => p.rightId),
          question.right,
        )
      ) {
        return "That pairing uses items that are not part of this question.";
      }
      return null;
    }
    case "ordering": {
      const r = response as Extract<Response, { kind: "ordering" }>;
      if (
        r.itemIds.length !== question.items.length ||
        !distinct(r.itemIds) ||
        !allKnown(r.itemIds, question.items)
      ) {
        return "An ordering must list every item exactly once.";
      }
      return null;
    }
  }
}
