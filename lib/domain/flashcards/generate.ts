/**
 * Flashcard generation, one fact per card:
 * - term-meaning: programme name <-> its one-sentence definition (which never names it: checked
 *   by the loader), with its reverse;
 * - acronym: acronym -> full name (no reverse: it would ask for its own initials);
 * - list-item: one card per item of an aims, areas or participants list, the other items given
 *   as context (the cards of one list are siblings, since each shows the others' answers), led
 *   by the list's `cardLead` when the source gives its items as examples;
 * - year-programme: event -> year (no reverse: "1994: what happened for the Partnership for
 *   Peace?" names its own answer);
 * - difference: what sets a programme apart from a sibling, one comparison per card.
 * Cards are sorted by id; ids come from programme, fact and item ids, so edits stay local.
 */
import type { ContentPack, ListKind, Programme } from "@/content/schema";
import { LIST_KINDS } from "@/content/schema";
import { createCitationLookup } from "@/lib/domain/content/cite-fact";
import { buildPackIndex } from "@/lib/domain/content/pack-index";
import type { SourceCitation } from "@/lib/domain/questions/types";
import { slugify } from "@/lib/domain/slugify";
import type { Flashcard, FlashcardKind } from "./types";

function displayName(p: Programme): string {
  return p.acronym ? `${p.name} (${p.acronym})` : p.name;
}

/**
 * A list item as it reads after a semicolon inside a sentence: an aim or an area begins in
 * lower case ("crisis management"), but a country keeps its capital ("Egypt", "United Arab
 * Emirates") and so does an item that opens with an acronym ("NATO's ...").
 */
export function listItemInSentence(kind: ListKind, text: string): string {
  const opensWithAcronym = text.length > 1 && text[1] !== text[1]!.toLowerCase();
  if (kind === "participants" || opensWithAcronym) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "What does PfP stand for?", but "What do ITPPs stand for?" for a plural acronym. */
export function standsForPrompt(acronym: string): string {
  return `What ${/[A-Z]s$/.test(acronym) ? "do" : "does"} ${acronym} stand for?`;
}

/** What a list holds, with the preposition that ties it to its programme. */
const LIST_LABEL: Record<ListKind, string> = {
  aims: "aims or benefits of",
  areas: "areas of cooperation in",
  participants: "countries taking part in",
};

export function generateFlashcards(pack: ContentPack): Flashcard[] {
  const index = buildPackIndex(pack);
  const cite = createCitationLookup(index);
  const cards: Flashcard[] = [];

  const add = (
    kind: FlashcardKind,
    programme: Programme,
    key: readonly string[],
    factIds: readonly string[],
    siblingKey: string,
    forward: { front: string; back: string },
    reverse: { front: string; back: string } | null = null,
  ) => {
    const ids = [...new Set(factIds)];
    const sources: SourceCitation[] = ids.map(cite);
    const beyondSource = sources.some((s) => s.beyondSource);
    const common = {
      deckId: programme.id,
      kind,
      siblingKey,
      sources,
      scope: beyondSource ? ("background" as const) : ("source" as const),
      beyondSource,
      factIds: ids,
    };
    const id = [kind, programme.id, ...key].join(":");
    cards.push({ id, ...forward, ...common });
    if (reverse) cards.push({ id: `${id}:reverse`, ...reverse, reverseOf: id, ...common });
  };

  for (const p of pack.programmes) {
    const name = displayName(p);
    const about = p.inSentence ?? p.name;
    if (p.definition)
      add(
        "term-meaning",
        p,
        [],
        [p.definition.fact],
        p.definition.fact,
        { front: name, back: p.definition.text },
        { front: `Which programme or topic is this? ${p.definition.text}`, back: name },
      );

    if (p.acronym && p.acronymFact)
      add("acronym", p, [], [p.acronymFact], p.acronymFact, {
        front: standsForPrompt(p.acronym),
        back: p.name,
      });

    for (const kind of LIST_KINDS) {
      const list = p[kind];
      if (!list || list.items.length < 2) continue;
      const lead = list.cardLead ?? `Complete the list of ${LIST_LABEL[kind]} ${about}`;
      for (const item of list.items) {
        const context = list.items
          .map((i) => (i === item ? "…" : listItemInSentence(kind, i.text)))
          .join("; ");
        add("list-item", p, [kind, slugify(item.text)], [item.fact], `${p.id}:${kind}`, {
          front: `${lead}: ${context}.`,
          back: item.text,
        });
      }
    }

    for (const d of p.dates)
      add("year-programme", p, [d.fact], [d.fact], d.fact, {
        front: `In which year? ${d.event}`,
        back: String(d.year),
      });

    for (const d of p.differences) {
      const other = index.programmeById.get(d.from);
      if (!other) continue;
      add("difference", p, [d.from], d.facts, `difference:${p.id}:${d.from}`, {
        front: `What sets ${about} apart from ${other.inSentence ?? other.name}?`,
        back: d.text,
      });
    }
  }
  return cards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
