import { expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { toSourceOnlyPack } from "./source-only";

test.each([
  ["real content", loadContent()],
  ["fixture", buildFixturePack()],
])("%s: the source-only pack keeps every source fact and nothing beyond", (_name, pack) => {
  const only = toSourceOnlyPack(pack);
  const sourceFacts = pack.programmes
    .filter((p) => !p.beyondSource)
    .flatMap((p) => p.facts.filter((f) => !f.beyondSource).map((f) => f.id));
  const kept = only.programmes.flatMap((p) => p.facts.map((f) => f.id));
  expect(kept.sort()).toEqual(sourceFacts.sort());
  const keptIds = new Set(kept);
  const programmeIds = new Set(only.programmes.map((p) => p.id));
  for (const p of only.programmes) {
    expect(p.beyondSource).toBe(false);
    for (const id of p.summary.facts) expect(keptIds.has(id)).toBe(true);
    for (const d of p.dates) expect(keptIds.has(d.fact)).toBe(true);
    for (const list of [p.aims, p.areas, p.participants])
      for (const i of list?.items ?? []) expect(keptIds.has(i.fact)).toBe(true);
    for (const d of p.differences) {
      expect(programmeIds.has(d.from)).toBe(true);
      for (const id of d.facts) expect(keptIds.has(id)).toBe(true);
    }
    if (p.acronymFact) expect(keptIds.has(p.acronymFact)).toBe(true);
    for (const f of p.facts) for (const id of f.alsoTrueOf) expect(programmeIds.has(id)).toBe(true);
  }
  expect(only.sources.every((s) => s.kind === "document")).toBe(true);
  expect(only.version).not.toBe(pack.version);
});
