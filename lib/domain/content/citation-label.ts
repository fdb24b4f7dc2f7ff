/**
 * How a citation is named in explanations and exports: a document by its title (in quotes)
 * with paragraph and sentence numbers, a reference by its title and publisher. A bare site
 * name never stands for the document.
 */
import type { SourceCitation } from "@/lib/domain/questions/types";

export function citationLabel(c: SourceCitation): string {
  if (c.paragraph !== undefined) {
    const s =
      c.sentences && c.sentences.length > 0
        ? `, sentence${c.sentences.length > 1 ? "s" : ""} ${c.sentences.join(", ")}`
        : "";
    return `"${c.title}", paragraph ${c.paragraph}${s}`;
  }
  return `"${c.title}" (${c.publisher})`;
}
