/** Chronological order of dated events; the fact id breaks ties so sorting is deterministic. */
import type { DatedEvent } from "./pack-index";

export function byYearThenId(a: DatedEvent, b: DatedEvent): number {
  return a.date.year - b.date.year || (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0);
}
