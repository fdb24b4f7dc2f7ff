/**
 * What the quiz set-up says when programmes or question kinds beyond the source are ticked
 * while NATO background is left out: a source-only draw has no question on them.
 */
const BACKGROUND_LEFT_OUT = "NATO background, which is not included.";

function listOf(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function backgroundOnlyMessage(names: readonly string[]): string {
  if (names.length === 0) return "";
  const their = names.length === 1 ? "its" : "their";
  return `${listOf(names)}: ${their} questions all come from ${BACKGROUND_LEFT_OUT}`;
}

/** The same for question kinds, by their labels ("Ordering questions all come from …"). */
export function backgroundOnlyKindsMessage(labels: readonly string[]): string {
  if (labels.length === 0) return "";
  return `${listOf(labels)} questions all come from ${BACKGROUND_LEFT_OUT}`;
}
