/**
 * The topics of the source document: its top-level programmes, formats and themes (not the
 * overview of intro and conclusion, not the related formats from NATO's pages). The quality
 * report asks for questions above recall in each of them.
 */
import type { ContentPack } from "@/content/schema";

export function sourceTopics(pack: ContentPack): string[] {
  return pack.programmes
    .filter((p) => !p.beyondSource && p.parent === undefined && p.kind !== "overview")
    .map((p) => p.id);
}
