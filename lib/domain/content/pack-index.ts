/**
 * One pass over a content pack building every lookup the generators need (programmes and
 * facts by id, group members, clue facts, dated events by year, sources and pools), so no
 * template ever scans the whole pack per fact: generation stays linear in the content size.
 */
import type { ContentPack, DateEntry, FalsePool, Fact, Programme, Source } from "@/content/schema";

export interface FactRef {
  fact: Fact;
  programme: Programme;
}

export interface DatedEvent {
  programme: Programme;
  fact: Fact;
  date: DateEntry;
}

export interface PackIndex {
  programmeById: Map<string, Programme>;
  factById: Map<string, FactRef>;
  sourceById: Map<string, Source>;
  poolById: Map<string, FalsePool>;
  /** Group id -> members sorted by id. */
  groupMembers: Map<string, Programme[]>;
  /** Programme id -> its facts with a clue, sorted by id. */
  clueFacts: Map<string, Fact[]>;
  /** Programme id -> direct children sorted by id. */
  childrenOf: Map<string, Programme[]>;
  /** Dated events sorted by fact id. */
  events: DatedEvent[];
  eventByFact: Map<string, DatedEvent>;
  eventsByYear: Map<number, DatedEvent[]>;
  /** Distinct event years, ascending. */
  years: number[];
  /** Programmes with an acronym, sorted by id. */
  acronymProgrammes: Programme[];
  rootOf(programmeId: string): string;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildPackIndex(pack: ContentPack): PackIndex {
  const programmeById = new Map<string, Programme>();
  const factById = new Map<string, FactRef>();
  const groupMembers = new Map<string, Programme[]>();
  const clueFacts = new Map<string, Fact[]>();
  const childrenOf = new Map<string, Programme[]>();
  const events: DatedEvent[] = [];
  const acronymProgrammes: Programme[] = [];

  for (const programme of pack.programmes) {
    programmeById.set(programme.id, programme);
    if (programme.group) pushTo(groupMembers, programme.group, programme);
    if (programme.parent) pushTo(childrenOf, programme.parent, programme);
    if (programme.acronym) acronymProgrammes.push(programme);
    const clues: Fact[] = [];
    for (const fact of programme.facts) {
      factById.set(fact.id, { fact, programme });
      if (fact.clue) clues.push(fact);
    }
    clueFacts.set(programme.id, clues.sort(byId));
    for (const date of programme.dates) {
      const fact = programme.facts.find((f) => f.id === date.fact);
      if (fact) events.push({ programme, fact, date });
    }
  }
  for (const members of groupMembers.values()) members.sort(byId);
  for (const children of childrenOf.values()) children.sort(byId);
  acronymProgrammes.sort(byId);
  events.sort((a, b) => byId(a.fact, b.fact));
  const eventsByYear = new Map<number, DatedEvent[]>();
  for (const event of events) pushTo(eventsByYear, event.date.year, event);
  const years = [...eventsByYear.keys()].sort((a, b) => a - b);

  return {
    programmeById,
    factById,
    sourceById: new Map(pack.sources.map((s) => [s.id, s])),
    poolById: new Map(pack.pools.map((p) => [p.id, p])),
    groupMembers,
    clueFacts,
    childrenOf,
    events,
    eventByFact: new Map(events.map((e) => [e.fact.id, e])),
    eventsByYear,
    years,
    acronymProgrammes,
    rootOf(programmeId) {
      return programmeById.get(programmeId)?.parent ?? programmeId;
    },
  };
}
