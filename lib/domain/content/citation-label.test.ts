// How a citation is named (surviving mutants, README "Mutation testing"): no unit test read the
// label before; one case per branch, singular and plural sentences, none, and a reference.
import { expect, test } from "vitest";
import type { SourceCitation } from "@/lib/domain/questions/types";
import { citationLabel } from "./citation-label";

const doc = { sourceId: "doc", title: "The Doc", publisher: "NATO", beyondSource: false };

test.each<[string, SourceCitation, string]>([
  ["one sentence", { ...doc, paragraph: 3, sentences: [2] }, '"The Doc", paragraph 3, sentence 2'],
  [
    "several sentences",
    { ...doc, paragraph: 3, sentences: [2, 4] },
    '"The Doc", paragraph 3, sentences 2, 4',
  ],
  ["no sentences", { ...doc, paragraph: 7, sentences: [] }, '"The Doc", paragraph 7'],
  ["sentences not given", { ...doc, paragraph: 7 }, '"The Doc", paragraph 7'],
  ["paragraph 0 is still a paragraph", { ...doc, paragraph: 0 }, '"The Doc", paragraph 0'],
  [
    "a reference: title and publisher",
    { ...doc, title: "A Page", publisher: "NATO Online", beyondSource: true },
    '"A Page" (NATO Online)',
  ],
])("%s", (_name, citation, label) => {
  expect(citationLabel(citation)).toBe(label);
});
