/**
 * Citations: a fact's source reference resolved into what a learner is shown after answering
 * (publisher, title, link, paragraph and sentence numbers, and the cited sentences verbatim).
 * Memoised per fact, because one fact backs many questions and cards.
 */
import type { Citation, Fact } from "@/content/schema";
import type { SourceCitation } from "@/lib/domain/questions/types";
import type { PackIndex } from "./pack-index";

export function citeFact(index: PackIndex, fact: Fact): SourceCitation {
  return citePassage(index, fact.source, fact.beyondSource, `fact "${fact.id}"`);
}

/** Any cited passage; a reference is always beyond the source, a document passage never. */
export function citePassage(
  index: PackIndex,
  citation: Citation,
  beyondSource: boolean = index.sourceById.get(citation.id)?.kind === "reference",
  owner = "an entry",
): SourceCitation {
  const source = index.sourceById.get(citation.id);
  if (!source) throw new Error(`${owner} cites unknown source "${citation.id}"`);
  const base = {
    sourceId: source.id,
    title: source.title,
    publisher: source.publisher,
    beyondSource,
  };
  if (source.kind === "reference") return source.url ? { ...base, url: source.url } : base;
  const paragraph = source.paragraphs[(citation.paragraph ?? 0) - 1];
  const sentences = citation.sentences ?? [];
  return {
    ...base,
    paragraph: citation.paragraph,
    sentences,
    // A single sentence is referenced, not copied: the source text is already in memory.
    passage: !paragraph
      ? undefined
      : sentences.length === 1
        ? paragraph.sentences[(sentences[0] ?? 0) - 1]
        : sentences.map((n) => paragraph.sentences[n - 1] ?? "").join(" "),
  };
}

export function createCitationLookup(index: PackIndex): (factId: string) => SourceCitation {
  const cache = new Map<string, SourceCitation>();
  return (factId) => {
    const cached = cache.get(factId);
    if (cached) return cached;
    const ref = index.factById.get(factId);
    if (!ref) throw new Error(`unknown fact "${factId}"`);
    const citation = citeFact(index, ref.fact);
    cache.set(factId, citation);
    return citation;
  };
}
