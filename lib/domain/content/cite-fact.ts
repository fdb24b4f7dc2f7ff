/**
 * Citations: a fact's source reference resolved into what a learner is shown after answering
 * (publisher, title, link, paragraph and sentence numbers, and the cited sentences verbatim).
 * Memoised per fact, because one fact backs many questions and cards.
 */
import type { Fact } from "@/content/schema";
import type { SourceCitation } from "@/lib/domain/questions/types";
import type { PackIndex } from "./pack-index";

export function citeFact(index: PackIndex, fact: Fact): SourceCitation {
  const source = index.sourceById.get(fact.source.id);
  if (!source) throw new Error(`fact "${fact.id}" cites unknown source "${fact.source.id}"`);
  const base = {
    sourceId: source.id,
    title: source.title,
    publisher: source.publisher,
    beyondSource: fact.beyondSource,
  };
  if (source.kind === "reference") return source.url ? { ...base, url: source.url } : base;
  const paragraph = source.paragraphs[(fact.source.paragraph ?? 0) - 1];
  const sentences = fact.source.sentences ?? [];
  return {
    ...base,
    paragraph: fact.source.paragraph,
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
