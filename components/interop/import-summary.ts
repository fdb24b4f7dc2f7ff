import type { ImportSummary } from "@/lib/domain/interop/types";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The sentence shown once an import is done: how many items were stored, how many the set had
 * already ("Imported 1 card; 3 already in the set were skipped."), and what was left out of an
 * Anki deck.
 */
export function importSummaryText({
  imported,
  kind,
  alreadyInSet,
  skipped,
}: ImportSummary): string {
  const stored = `Imported ${count(imported, kind === "questions" ? "question" : "card", kind)}`;
  const were = alreadyInSet === 1 ? "was" : "were";
  const done = alreadyInSet
    ? `${stored}; ${alreadyInSet} already in the set ${were} skipped.`
    : `${stored}.`;
  const left: string[] = [];
  if (skipped?.empty)
    left.push(
      `${count(skipped.empty, "note", "notes")} with only images or sound on a side ` +
        "(a set shows text only)",
    );
  if (skipped?.duplicate)
    left.push(`${count(skipped.duplicate, "card", "cards")} with the front of an earlier card`);
  return left.length ? `${done} Left out: ${left.join("; ")}.` : done;
}

/** The import format a file's name suggests, among those offered; null when none fits. */
export function formatForFileName(name: string, offered: readonly string[]): string | null {
  // The app's own GIFT export is "<set>.gift.txt" (a .txt opens anywhere): GIFT, not text.
  const extension = /\.gift\.txt$/i.test(name)
    ? "gift"
    : /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const byExtension: Record<string, string> = {
    apkg: "apkg",
    csv: "csv",
    tsv: "tsv",
    xml: "moodle-xml",
    gift: "gift",
  };
  const format = extension ? byExtension[extension] : undefined;
  return format && offered.includes(format) ? format : null;
}
