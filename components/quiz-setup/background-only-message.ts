/**
 * What the quiz set-up says when programmes beyond the source are ticked while NATO background
 * is left out: a source-only draw has no question on them.
 */
export function backgroundOnlyMessage(names: readonly string[]): string {
  if (names.length === 0) return "";
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const their = names.length === 1 ? "its" : "their";
  return `${list}: ${their} questions all come from NATO background, which is not included.`;
}
