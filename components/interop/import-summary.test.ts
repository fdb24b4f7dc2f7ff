import { expect, test } from "vitest";
import type { ImportSummary } from "@/lib/domain/interop/types";
import { formatForFileName, importSummaryText } from "./import-summary";

test.each<[ImportSummary, string]>([
  [{ imported: 1, kind: "questions", alreadyInSet: 0 }, "Imported 1 question."],
  [{ imported: 3, kind: "questions", alreadyInSet: 0 }, "Imported 3 questions."],
  [{ imported: 1, kind: "cards", alreadyInSet: 0 }, "Imported 1 card."],
  [
    { imported: 1, kind: "cards", alreadyInSet: 3 },
    "Imported 1 card; 3 already in the set were skipped.",
  ],
  [
    { imported: 0, kind: "questions", alreadyInSet: 1 },
    "Imported 0 questions; 1 already in the set was skipped.",
  ],
  [
    { imported: 40, kind: "cards", alreadyInSet: 0, skipped: { empty: 0, duplicate: 0 } },
    "Imported 40 cards.",
  ],
  [
    { imported: 2, kind: "cards", alreadyInSet: 2, skipped: { empty: 0, duplicate: 1 } },
    "Imported 2 cards; 2 already in the set were skipped. Left out: 1 card with the front of " +
      "an earlier card.",
  ],
  [
    { imported: 40, kind: "cards", alreadyInSet: 0, skipped: { empty: 1, duplicate: 0 } },
    "Imported 40 cards. Left out: 1 note with only images or sound on a side (a set shows " +
      "text only).",
  ],
  [
    { imported: 2, kind: "cards", alreadyInSet: 0, skipped: { empty: 3, duplicate: 2 } },
    "Imported 2 cards. Left out: 3 notes with only images or sound on a side (a set shows " +
      "text only); 2 cards with the front of an earlier card.",
  ],
  [
    { imported: 5, kind: "cards", alreadyInSet: 0, skipped: { empty: 0, duplicate: 1 } },
    "Imported 5 cards. Left out: 1 card with the front of an earlier card.",
  ],
])("%o reads %s", (summary, text) => {
  expect(importSummaryText(summary)).toBe(text);
});

test.each([
  ["Deck.APKG", ["tsv", "csv", "apkg"], "apkg"],
  ["terms.csv", ["tsv", "csv", "apkg"], "csv"],
  ["terms.tsv", ["tsv", "csv", "apkg"], "tsv"],
  ["bank.xml", ["gift", "moodle-xml"], "moodle-xml"],
  ["bank.gift", ["gift", "moodle-xml"], "gift"],
  ["bank.xml", ["tsv", "csv", "apkg"], null],
  ["notes.txt", ["gift", "moodle-xml"], null],
  // The app's own GIFT export.
  ["week-1-2026-12-03.gift.txt", ["gift", "moodle-xml"], "gift"],
  ["Week-1.GIFT.TXT", ["gift", "moodle-xml"], "gift"],
  ["cards.gift.txt", ["tsv", "csv", "apkg"], null],
  ["no-extension", ["tsv"], null],
])("the file %s picks %s among %o", (name, offered, format) => {
  expect(formatForFileName(name, offered)).toBe(format);
});
