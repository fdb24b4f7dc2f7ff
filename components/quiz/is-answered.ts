import type { Response } from "@/lib/domain/questions/types";

/**
 * Whether a response says anything. An emptied text box, no ticked box or no pair is saved
 * (it must overwrite an earlier answer) but counts as unanswered in the player's tallies.
 */
export function isAnswered(response: Response | null | undefined): response is Response {
  if (!response) return false;
  switch (response.kind) {
    case "cloze":
    case "short-answer":
      return response.text.trim() !== "";
    case "multiple-select":
      return response.optionIds.length > 0;
    case "matching":
      return response.pairs.length > 0;
    default:
      return true;
  }
}
