/**
 * A generated explanation ends with its citation, " (Source: ... .)", so that it stands on its
 * own where it travels alone (Moodle XML, GIFT, the exports). Where the app shows the sources
 * beneath it, the note is dropped: the review said the source twice, once as text and once as
 * the citation with its passage.
 */
export function withoutSourceNote(explanation: string): string {
  return explanation.replace(/\s*\(Source: .*\.\)\s*$/, "");
}
