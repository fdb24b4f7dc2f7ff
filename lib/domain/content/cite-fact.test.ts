// Citations read directly (surviving mutants, README "Mutation testing"): what an unknown source
// or fact says, a passage without sentences, a sentence number past the paragraph's end, the
// default "beyond the source" of a reference, and the memo returning the same object.
import { expect, test } from "vitest";
import { buildFixturePack, FIXTURE_DOC } from "@/lib/domain/test-fixtures/fixture-pack";
import { citeFact, citePassage, createCitationLookup } from "./cite-fact";
import { buildPackIndex } from "./pack-index";

const pack = buildFixturePack();
const index = buildPackIndex(pack);
const doc = pack.sources.find((s) => s.id === FIXTURE_DOC);
const paragraph = doc?.kind === "document" ? doc.paragraphs[2]! : undefined;

test("an unknown source or fact is named in the error", () => {
  expect(() => citePassage(index, { id: "nowhere" })).toThrow(
    'an entry cites unknown source "nowhere"',
  );
  const fact = { ...pack.programmes[0]!.facts[0]!, id: "f1", source: { id: "nowhere" } };
  expect(() => citeFact(index, fact)).toThrow('fact "f1" cites unknown source "nowhere"');
  expect(() => createCitationLookup(index)("no-such-fact")).toThrow('unknown fact "no-such-fact"');
});

test("a reference is beyond the source by default, a document passage is not", () => {
  expect(citePassage(index, { id: "ref" }).beyondSource).toBe(true);
  expect(citePassage(index, { id: FIXTURE_DOC, paragraph: 3 }).beyondSource).toBe(false);
});

test("a whole paragraph cites no sentences; several are joined, missing ones empty", () => {
  expect(paragraph?.sentences.length).toBeGreaterThanOrEqual(2);
  const whole = citePassage(index, { id: FIXTURE_DOC, paragraph: 3 });
  expect(whole.sentences).toEqual([]);
  const two = citePassage(index, { id: FIXTURE_DOC, paragraph: 3, sentences: [2, 1] });
  expect(two.passage).toBe(`${paragraph?.sentences[1]} ${paragraph?.sentences[0]}`);
  const past = citePassage(index, { id: FIXTURE_DOC, paragraph: 3, sentences: [1, 99] });
  expect(past.passage).toBe(`${paragraph?.sentences[0]} `);
  expect(citePassage(index, { id: FIXTURE_DOC, paragraph: 99 }).passage).toBeUndefined();
});

test("the lookup returns the same citation object for a fact the second time", () => {
  const lookup = createCitationLookup(index);
  const id = pack.programmes[0]!.facts[0]!.id;
  expect(lookup(id)).toBe(lookup(id));
});
