import type { ImportSummary } from "@/lib/domain/interop/types";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence shown once an import is done, naming what was left out of an Anki deck. */
export function importSummaryText({ imported, kind, skipped }: ImportSummary): string {
  const done = `Imported ${count(imported, kind === "questions" ? "question" : "card", kind)}.`;
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
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
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
