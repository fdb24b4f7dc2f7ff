/**
 * The source-only view of a pack: drops every beyond-source programme and fact and every
 * list item, date, difference, acronym or hand-written entry that rests on one (an entry citing
 * a reference, or naming a dropped programme or fact), so a question bank built from it uses
 * nothing but the source document.
 */
import type { AttributeList, ContentPack, Entry, Programme } from "@/content/schema";

function keepList(
  list: AttributeList | undefined,
  keep: (factId: string) => boolean,
): AttributeList | undefined {
  if (!list) return undefined;
  const items = list.items.filter((item) => keep(item.fact));
  return items.length > 0 ? { ...list, items } : undefined;
}

export function toSourceOnlyPack(pack: ContentPack): ContentPack {
  const programmes = pack.programmes.filter((p) => !p.beyondSource);
  const programmeIds = new Set(programmes.map((p) => p.id));
  const sourceFactIds = new Set(
    programmes.flatMap((p) => p.facts.filter((f) => !f.beyondSource).map((f) => f.id)),
  );
  const keep = (factId: string) => sourceFactIds.has(factId);
  const documents = new Set(pack.sources.filter((s) => s.kind === "document").map((s) => s.id));
  const keepEntry = (e: Entry) =>
    e.sources.every((c) => documents.has(c.id)) &&
    e.facts.every(keep) &&
    [
      ...e.about,
      ...(e.format ? [e.format.answer, ...e.format.distractors] : []),
      ...(e.typed ? [e.typed.answer] : []),
    ].every((id) => programmeIds.has(id));

  const filtered: Programme[] = programmes.map((p) => {
    const acronymKept = p.acronymFact !== undefined && keep(p.acronymFact);
    return {
      ...p,
      acronym: acronymKept ? p.acronym : undefined,
      acronymFact: acronymKept ? p.acronymFact : undefined,
      summary: { ...p.summary, facts: p.summary.facts.filter(keep) },
      dates: p.dates.filter((d) => keep(d.fact)),
      aims: keepList(p.aims, keep),
      areas: keepList(p.areas, keep),
      participants: keepList(p.participants, keep),
      differences: p.differences.filter((d) => programmeIds.has(d.from) && d.facts.every(keep)),
      facts: p.facts
        .filter((f) => keep(f.id))
        .map((f) => ({ ...f, alsoTrueOf: f.alsoTrueOf.filter((id) => programmeIds.has(id)) })),
      reasons: p.reasons.filter(keepEntry),
      comparisons: p.comparisons.filter(keepEntry),
      cases: p.cases.filter(keepEntry),
      misconceptions: p.misconceptions.filter(keepEntry),
    };
  });

  return {
    version: `${pack.version}+source-only`,
    sources: pack.sources.filter((s) => s.kind === "document"),
    programmes: filtered,
    pools: pack.pools,
  };
}
