/**
 * Term lists: the generated flashcards as TSV and CSV, read back by csv-parse on its own and
 * imported by parseTermList into the same pairs; tabs, line breaks, quotes and formulas; bad
 * files refused whole with line numbers.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateFlashcards } from "@/lib/domain/flashcards/generate";
import { IMPORT_LIMITS } from "./limits";
import { normalizeText } from "./text";
import { exportTermListCsv, exportTermListTsv, parseTermList, sourceLine } from "./term-list";
import type { CardImportResult, CustomCard } from "./types";

const cards = generateFlashcards(loadContent());

function cardsOf(result: CardImportResult): CustomCard[] {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result.cards;
}

function errorsOf(result: CardImportResult) {
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

describe("TSV of the generated flashcards", () => {
  const tsv = exportTermListTsv(cards);

  test("is one tab-separated line per card, read back as front and back by csv-parse", () => {
    const rows: string[][] = parse(tsv, { delimiter: "\t", relax_quotes: true });
    expect(rows).toEqual(cards.map((c) => [c.front, c.back]));
    expect(tsv.split("\n").filter(Boolean)).toHaveLength(cards.length);
  });

  test("imports into the same pairs", () => {
    const back = cardsOf(parseTermList(tsv, { importId: "deck" }));
    expect(back.map((c) => [c.front, c.back])).toEqual(cards.map((c) => [c.front, c.back]));
    expect(back.every((c) => c.origin === "custom" && c.id.startsWith("custom:deck:"))).toBe(true);
  });

  test("with sources, a third column that comes back as each card's source", () => {
    const withSource = exportTermListTsv(cards, { withSource: true });
    const rows: string[][] = parse(withSource, { delimiter: "\t", relax_quotes: true });
    expect(rows.map((r) => r[2])).toEqual(cards.map((c) => sourceLine(c)));
    expect(rows.every((r) => (r[2] ?? "").length > 0)).toBe(true);
    const back = cardsOf(parseTermList(withSource));
    expect(back.map((c) => c.source)).toEqual(cards.map((c) => sourceLine(c)));
  });
});

describe("CSV of the generated flashcards", () => {
  const csv = exportTermListCsv(cards, { withSource: true });

  test("has a header, a BOM and RFC 4180 quoting that csv-parse reads back", () => {
    expect(csv.startsWith("\uFEFFfront,back,source\r\n")).toBe(true);
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows.slice(1)).toEqual(cards.map((c) => [c.front, c.back, sourceLine(c)]));
  });

  test("imports into the same pairs, skipping the header", () => {
    const back = cardsOf(parseTermList(csv));
    expect(back.map((c) => [c.front, c.back, c.source])).toEqual(
      cards.map((c) => [c.front, c.back, sourceLine(c)]),
    );
  });
});

describe("awkward text", () => {
  test("tabs and line breaks inside a text become single spaces in TSV", () => {
    const tsv = exportTermListTsv([{ front: "a\tb", back: "line one\nline two\r\nthree" }]);
    expect(tsv).toBe("a b\tline one line two three\n");
  });

  test("a field starting with a quote, or a first field starting with #, is quoted", () => {
    const tsv = exportTermListTsv([
      { front: '"Quoted" term', back: 'says "hi"' },
      { front: "#hashtag", back: "#not first" },
    ]);
    expect(tsv).toBe('"""Quoted"" term"\tsays "hi"\n"#hashtag"\t#not first\n');
    const back = cardsOf(parseTermList(tsv));
    expect(back.map((c) => [c.front, c.back])).toEqual([
      ['"Quoted" term', 'says "hi"'],
      ["#hashtag", "#not first"],
    ]);
  });

  test("CSV cells that a spreadsheet would run are defused, and undone on import", () => {
    const risky = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tTab", "\rCR"];
    const csv = exportTermListCsv(risky.map((front, i) => ({ front, back: `b${i}` })));
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows.slice(1).map((r) => r[0])).toEqual(risky.map((r) => `'${r}`));
    const back = cardsOf(parseTermList(csv, { format: "csv" }));
    expect(back.map((c) => c.front)).toEqual(risky.map((r) => normalizeText(r)));
  });

  test("any front and back survive a TSV round trip, whitespace normalised", () => {
    const side = fc.string({ unit: "binary", maxLength: 40 });
    fc.assert(
      fc.property(side, side, (front, back) => {
        const flat = (s: string) => normalizeText(s.replace(/\r\n?|\n|\t/g, " "));
        fc.pre(flat(front) !== "" && flat(back) !== "");
        // A leading Anki header line ("#key:value") would be skipped: not a card text.
        fc.pre(!/^#[a-z ]+:/i.test(flat(front)));
        const tsv = exportTermListTsv([{ front, back }]);
        const [card] = cardsOf(parseTermList(tsv, { format: "tsv" }));
        expect([card?.front, card?.back]).toEqual([flat(front), flat(back)]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe("term list import refuses bad files whole", () => {
  test.each([
    ["one column (missing definition)", "a\tb\nlonely\n", 2, /found one column/],
    ["four columns", "a\tb\nc\td\te\tf\n", 2, /found 4/],
    ["an empty term", "a\tb\n\tdefinition\n", 2, /term is empty/],
    ["an empty definition", "a\tb\nterm\t \n", 2, /definition is empty/],
    ["a duplicate term", "PfP\tone\nEAPC\ttwo\npfp\tthree\n", 3, /already appears on line 1/],
    ["an unclosed quote", 'a,b\n"open,b\nc,d\n', 3, /quoted field is not closed/],
    ["a CSV with one column", "front,back\nalone\n", 2, /found one column/],
  ])("%s", (_, source, line, message) => {
    const errors = errorsOf(parseTermList(source));
    expect(errors[0]?.line).toBe(line);
    expect(errors.map((e) => e.message).join("\n")).toMatch(message);
  });

  test("every bad line is reported, and no card is imported", () => {
    const errors = errorsOf(parseTermList("good\tone\nbad\nfine\ttwo\nworse\n"));
    expect(errors.map((e) => e.line)).toEqual([2, 4]);
  });

  test("Anki header lines and a multi-line quoted field keep line numbers right", () => {
    const source = '#separator:tab\n#html:false\nfront\tback\n"two\nlines"\tok\nbad\n';
    const errors = errorsOf(parseTermList(source));
    expect(errors.map((e) => e.line)).toEqual([6]);
  });

  test("a file over the size limit is refused before parsing", () => {
    const huge = "x\t".repeat(IMPORT_LIMITS.maxTermFileBytes);
    const errors = errorsOf(parseTermList(huge));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/the limit is 0\.5 MiB/);
  });

  test("script in a text is kept as inert plain text", () => {
    const [card] = cardsOf(parseTermList("<script>alert(1)</script>\t<b>bold</b>\n"));
    expect([card?.front, card?.back]).toEqual(["<script>alert(1)</script>", "<b>bold</b>"]);
  });

  test("an empty file is an error", () => {
    expect(errorsOf(parseTermList("\n\n"))[0]?.message).toMatch(/no card/);
  });
});
