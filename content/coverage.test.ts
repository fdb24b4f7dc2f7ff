/**
 * Source coverage: every sentence of every body paragraph of every source document is covered
 * by at least one fact, and every citation points at an existing paragraph and sentence.
 * Headings (lines without closing punctuation) make no statement and need no fact.
 */
import { describe, expect, test } from "vitest";
import { loadContent } from "./load";
import type { DocumentSource } from "./schema";

const pack = loadContent();
const documents = pack.sources.filter((s): s is DocumentSource => s.kind === "document");
const facts = pack.programmes.flatMap((p) => p.facts.map((fact) => ({ fact, programme: p.id })));

interface Row {
  source: string;
  paragraph: number;
  sentence: number;
  text: string;
  factIds: string[];
}

const rows: Row[] = documents.flatMap((doc) =>
  doc.paragraphs
    .filter((p) => !p.heading)
    .flatMap((p) =>
      p.sentences.map((text, i) => ({
        source: doc.id,
        paragraph: p.n,
        sentence: i + 1,
        text,
        factIds: facts
          .filter(
            ({ fact }) =>
              fact.source.id === doc.id &&
              fact.source.paragraph === p.n &&
              fact.source.sentences?.includes(i + 1),
          )
          .map(({ fact }) => fact.id),
      })),
    ),
);

describe("every statement of the source is covered by a fact", () => {
  test("the source has body sentences to cover", () => {
    expect(documents.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
  });

  test.each(rows.map((r) => [r.paragraph, r.sentence, r.factIds.join(", ") || "NONE", r]))(
    "paragraph %i sentence %i <- %s",
    (_p, _s, _ids, row) => {
      expect(row.factIds, `uncovered: "${row.text}"`).not.toHaveLength(0);
    },
  );

  test("no sentence is left uncovered (summary)", () => {
    // The listing a reviewer reads: every sentence of the source and the facts covering it.
    console.info(
      rows
        .map((r) => `P${r.paragraph}.S${r.sentence} <- ${r.factIds.join(", ") || "NONE"}`)
        .join("\n"),
    );
    const uncovered = rows
      .filter((r) => r.factIds.length === 0)
      .map((r) => `${r.source} ${r.paragraph}.${r.sentence}: ${r.text}`);
    expect(uncovered).toEqual([]);
  });
});

describe("citations point at passages that exist", () => {
  test.each(
    facts
      .filter(({ fact }) => !fact.beyondSource)
      .map(({ fact, programme }) => [fact.id, programme, fact]),
  )("%s (%s)", (_id, _programme, fact) => {
    const doc = documents.find((d) => d.id === fact.source.id);
    expect(doc, "cites a source document").toBeDefined();
    const paragraph = doc?.paragraphs[(fact.source.paragraph ?? 0) - 1];
    expect(paragraph, `paragraph ${fact.source.paragraph} exists`).toBeDefined();
    expect(fact.source.sentences?.length).toBeGreaterThan(0);
    for (const n of fact.source.sentences ?? [])
      expect(paragraph?.sentences[n - 1], `sentence ${n} exists`).toBeDefined();
  });

  test("beyond-source facts cite a reference with title and publisher, never the document", () => {
    const beyond = facts.filter(({ fact }) => fact.beyondSource);
    expect(beyond.length).toBeGreaterThan(0);
    for (const { fact } of beyond) {
      const source = pack.sources.find((s) => s.id === fact.source.id);
      expect(source?.kind, fact.id).toBe("reference");
      expect(fact.source.paragraph, fact.id).toBeUndefined();
    }
  });

  test("headings are numbered but not treated as statements", () => {
    const headings = documents.flatMap((d) => d.paragraphs.filter((p) => p.heading));
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(h.text).not.toMatch(/[.!?]$/);
  });
});
