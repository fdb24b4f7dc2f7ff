/**
 * Flashcard generation, each card with its reverse:
 * - term-meaning: programme name <-> its summary (which never names it: checked by the loader);
 * - acronym: acronym <-> full name;
 * - programme-aims: programme <-> its listed aims;
 * - year-programme: event <-> year; the reverse names the deck's programme, and is skipped when
 *   the programme has two events in the same year (the year would not identify one event);
 * - difference: how a programme differs from a sibling (no reverse: the answer names both).
 * Cards are sorted by id; ids come from programme and fact ids, so edits stay local.
 */
import type { ContentPack, Programme } from "@/content/schema";
import { createCitationLookup } from "@/lib/domain/content/cite-fact";
import { buildPackIndex } from "@/lib/domain/content/pack-index";
import type { SourceCitation } from "@/lib/domain/questions/types";
import type { Flashcard, FlashcardKind } from "./types";

function displayName(p: Programme): string {
  return p.acronym ? `${p.name} (${p.acronym})` : p.name;
}

export function generateFlashcards(pack: ContentPack): Flashcard[] {
  const index = buildPackIndex(pack);
  const cite = createCitationLookup(index);
  const cards: Flashcard[] = [];

  const addPair = (
    kind: FlashcardKind,
    programme: Programme,
    key: readonly string[],
    factIds: readonly string[],
    forward: { front: string; back: string },
    reverse: { front: string; back: string } | null,
  ) => {
    const ids = [...new Set(factIds)];
    const sources: SourceCitation[] = ids.map(cite);
    const common = {
      deckId: programme.id,
      kind,
      sources,
      beyondSource: sources.some((s) => s.beyondSource),
      factIds: ids,
    };
    const id = [kind, programme.id, ...key].join(":");
    cards.push({ id, ...forward, ...common });
    if (reverse) cards.push({ id: `${id}:reverse`, ...reverse, reverseOf: id, ...common });
  };

  for (const p of pack.programmes) {
    const name = displayName(p);
    addPair(
      "term-meaning",
      p,
      [],
      p.summary.facts,
      { front: name, back: p.summary.text },
      { front: `Which programme or topic is this? ${p.summary.text}`, back: name },
    );

    if (p.acronym && p.acronymFact)
      addPair(
        "acronym",
        p,
        [],
        [p.acronymFact],
        { front: `What does ${p.acronym} stand for?`, back: p.name },
        { front: `What is the acronym for ${p.inSentence ?? p.name}?`, back: p.acronym },
      );

    if (p.aims && p.aims.items.length > 0) {
      const aims = p.aims.items.map((i) => i.text).join("; ");
      addPair(
        "programme-aims",
        p,
        [],
        p.aims.items.map((i) => i.fact),
        { front: `What aims or benefits are given for ${p.inSentence ?? p.name}?`, back: aims },
        { front: `Whose aims or benefits are these? ${aims}`, back: name },
      );
    }

    const yearCounts = new Map<number, number>();
    for (const d of p.dates) yearCounts.set(d.year, (yearCounts.get(d.year) ?? 0) + 1);
    for (const d of p.dates)
      addPair(
        "year-programme",
        p,
        [d.fact],
        [d.fact],
        { front: `In which year? ${d.event}`, back: String(d.year) },
        (yearCounts.get(d.year) ?? 0) > 1
          ? null
          : { front: `${d.year}: what happened for ${p.inSentence ?? p.name}?`, back: d.event },
      );

    for (const d of p.differences) {
      const other = index.programmeById.get(d.from);
      if (!other) continue;
      addPair(
        "difference",
        p,
        [d.from],
        d.facts,
        {
          front: `How do ${p.inSentence ?? p.name} and ${other.inSentence ?? other.name} differ?`,
          back: d.text,
        },
        null,
      );
    }
  }
  return cards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
