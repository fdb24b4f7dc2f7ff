// Edges of term-list.ts the round-trip tests left open (surviving mutants, README "Mutation
// testing"): small pasted lists with the exact cards or exact messages they give, and small
// exports. Line numbers are term-list.ts's; each test was seen failing with its mutant applied.
import { describe, expect, test } from "vitest";
import { IMPORT_LIMITS } from "./limits";
import { exportTermListCsv, exportTermListTsv, parseTermList, sourceLine } from "./term-list";
import type { CardImportResult, CustomCard } from "./types";

function cardsOf(result: CardImportResult): CustomCard[] {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result.cards;
}

/** The error messages, in the order the import reports them. */
function messagesOf(result: CardImportResult): string[] {
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors.map((e) => e.message);
}

const pairs = (result: CardImportResult) => cardsOf(result).map((c) => [c.front, c.back, c.source]);

describe("sourceLine", () => {
  const citation = { sourceId: "s", title: "Doc", publisher: "NATO", beyondSource: false };

  // Lines 42 (the citation test made true, `&&` made `||`, `length > 0` made true or `>= 0`)
  // and 44 (`??` made `&&`, the empty default replaced).
  test.each<[string, Parameters<typeof sourceLine>[0], string]>([
    ["no source at all", { front: "f", back: "b" }, ""],
    ["a text source", { front: "f", back: "b", source: "My notes" }, "My notes"],
    ["a null source", { front: "f", back: "b", source: null }, ""],
    ["no citations: the text", { front: "f", back: "b", sources: [], source: "Notes" }, "Notes"],
    [
      "citations win over the text, one per '; '",
      {
        front: "f",
        back: "b",
        sources: [
          { ...citation, paragraph: 2 },
          { ...citation, publisher: "EU" },
        ],
        source: "Notes",
      },
      'NATO, "Doc", paragraph 2; EU, "Doc"',
    ],
  ])("%s", (_, card, expected) => {
    expect(sourceLine(card)).toBe(expected);
  });
});

describe("exports", () => {
  // Line 48 (the trim dropped): spaces around a text, or left by a tab at its end, go.
  test("TSV cells are trimmed after tabs and line breaks become spaces", () => {
    const tsv = exportTermListTsv([{ front: "  term \t", back: "\n def  ", source: "Src" }], {
      withSource: true,
    });
    expect(tsv).toBe("term\tdef\tSrc\n");
  });

  // Line 84 (the options emptied, the BOM turned off, and quoted_match inverted so that every
  // cell with any other character is quoted).
  test("CSV: BOM, CRLF rows, quotes only where needed, formulas defused", () => {
    const csv = exportTermListCsv(
      [
        { front: "a\rb", back: "=1", source: "plain" },
        { front: "c\nd", back: 'say "x", y' },
      ],
      { withSource: true },
    );
    expect(csv).toBe('\uFEFFfront,back,source\r\n"a\rb",\'=1,plain\r\n"c\nd","say ""x"", y",\r\n');
  });
});

describe("parseTermList: cards", () => {
  // Lines 172 (the missing source defaulting to another text), 182 (no source kept as ""
  // instead of null) and 195 (ids numbered from 1, not -1).
  test("exact cards, ids numbered from 1, a missing source is null", () => {
    expect(
      cardsOf(
        parseTermList("PfP\tPartnership\nEAPC\tCouncil\tNotes p. 3\n", {
          importId: "deck",
        }),
      ),
    ).toEqual([
      { id: "custom:deck:1", origin: "custom", front: "PfP", back: "Partnership", source: null },
      {
        id: "custom:deck:2",
        origin: "custom",
        front: "EAPC",
        back: "Council",
        source: "Notes p. 3",
      },
    ]);
  });

  // Line 166 (`index === 0 && ...` made `||` or true): only the first row can be a header row,
  // and a first row that is not one is a card.
  test.each<[string, string, (string | null)[][]]>([
    [
      "a header row (any case) is skipped",
      "Term,Definition\nPfP,Partnership\n",
      [["PfP", "Partnership", null]],
    ],
    [
      "a first row of data is a card",
      "alpha\tbeta\ngamma\tdelta\n",
      [
        ["alpha", "beta", null],
        ["gamma", "delta", null],
      ],
    ],
    [
      "header words after the first row are a card",
      "alpha\tbeta\nterm\tdefinition\n",
      [
        ["alpha", "beta", null],
        ["term", "definition", null],
      ],
    ],
  ])("%s", (_, source, expected) => {
    expect(pairs(parseTermList(source))).toEqual(expected);
  });

  // Line 129 (the BOM removed anywhere, not only at the start): a BOM opening the file goes, one
  // inside a text stays.
  test("a leading BOM is dropped, one inside a text is kept", () => {
    expect(pairs(parseTermList("\uFEFFfront,back\nterm,def\n"))).toEqual([["term", "def", null]]);
    expect(pairs(parseTermList("term,a\uFEFFb\n"))).toEqual([["term", "a\uFEFFb", null]]);
  });

  // Line 134 (the first non-blank line test made true, its trim dropped, or "" replaced): blank
  // and space-only lines before the data do not decide the format, and are skipped.
  test("format detection skips blank lines before the first data line", () => {
    expect(pairs(parseTermList("\n\nterm\tdef\n"))).toEqual([["term", "def", null]]);
    expect(pairs(parseTermList("   \nterm\tdef\n"))).toEqual([["term", "def", null]]);
  });

  // Lines of spaces or of empty cells, as spreadsheets write after the data, are skipped like
  // blank lines; a line numbered after them keeps its number in the file.
  test("lines of spaces or empty cells are skipped", () => {
    expect(pairs(parseTermList("a,b\n   \n,,\n , \nc,d\n"))).toEqual([
      ["a", "b", null],
      ["c", "d", null],
    ]);
    expect(messagesOf(parseTermList("a\tb\n\t\n \t \nc\n"))).toEqual([
      "line 4: expected a term and a definition, found one column",
    ]);
  });

  // Lines 135 (the detected "csv" made "") and 163 (the apostrophe undone in TSV too): the
  // CSV export's apostrophe before a formula character is dropped from CSV only.
  test.each<[string, string, string]>([
    ["CSV", "'=1+1,formula\n'plain,x\n", "=1+1"],
    ["TSV", "'=1+1\tformula\n'plain\tx\n", "'=1+1"],
  ])("defusal undone in %s only", (_, source, front) => {
    expect(pairs(parseTermList(source))).toEqual([
      [front, "formula", null],
      ["'plain", "x", null],
    ]);
  });

  // Line 177 (toLowerCase made toUpperCase): Turkish dotless ı and dotted i are different
  // letters, so "ılık" (lukewarm) and "ilik" (marrow) are two terms; upper-cased both are ILIK.
  test("terms differing only in case are one term; ı and i are different letters", () => {
    expect(pairs(parseTermList("ılık\tlukewarm\nilik\tbone marrow\n"))).toEqual([
      ["ılık", "lukewarm", null],
      ["ilik", "bone marrow", null],
    ]);
    expect(messagesOf(parseTermList("PfP\tone\nEAPC\ttwo\npfp\tthree\n"))).toEqual([
      'line 3: the term "pfp" already appears on line 1',
    ]);
  });
});

describe("parseTermList: line numbers and messages", () => {
  // Lines 131 (the header's last line without a line break not taken as a header), 148 (the
  // Anki header lines subtracted) and 155 (the "line N: " prefix dropped or emptied).
  test.each<[string, string, { line: number | null; message: string }[]]>([
    [
      "only an Anki header line",
      "#separator:tab",
      [{ line: null, message: "the file contains no card" }],
    ],
    [
      "an unclosed quote after two header lines",
      '#separator:comma\n#html:false\na,b\n"open,b\n',
      [{ line: 4, message: "line 4: a quoted field is not closed" }],
    ],
    [
      "an unclosed quote on line 1",
      'a,"b\n',
      [{ line: 1, message: "line 1: a quoted field is not closed" }],
    ],
    [
      "a bad row after two header lines",
      "#separator:tab\n#html:false\nfront\tback\nbad\n",
      [{ line: 4, message: "line 4: expected a term and a definition, found one column" }],
    ],
    [
      "four columns",
      "a\tb\nc\td\te\tf\n",
      [{ line: 2, message: "line 2: expected 2 or 3 columns (term, definition, source), found 4" }],
    ],
    [
      "an empty term and an empty definition",
      "\tdef\nterm\t \n",
      [
        { line: 1, message: "line 1: the term is empty" },
        { line: 2, message: "line 2: the definition is empty" },
      ],
    ],
  ])("%s", (_, source, expected) => {
    const result = parseTermList(source);
    expect(result.ok ? [] : result.errors).toEqual(expected.map((e) => ({ ...e, question: null })));
  });

  // Line 161 (the line breaks inside a quoted record added instead of subtracted): a card
  // spread over two lines is numbered by its first line.
  test("a term over two lines is found where it starts", () => {
    const source = 'x\ty\n"two\nlines"\tok\n"two\nlines"\tagain\n';
    expect(messagesOf(parseTermList(source))).toEqual([
      'line 4: the term "two lines" already appears on line 2',
    ]);
  });
});

describe("parseTermList: limits, at and one past", () => {
  const max = IMPORT_LIMITS.maxTextLength;

  // Lines 175-176 (the length check made false, `some` made `every`, the test emptied, `>`
  // made `>=`, and the message emptied): each column, term, definition or source, on its own.
  test.each<[string, string, string[] | null]>([
    ["a term at the limit", `${"t".repeat(max)}\tdef\n`, null],
    [
      "a term one past",
      `${"t".repeat(max + 1)}\tdef\n`,
      [`line 1: a text is longer than ${max} characters`],
    ],
    [
      "a definition one past",
      `term\t${"d".repeat(max + 1)}\n`,
      [`line 1: a text is longer than ${max} characters`],
    ],
    [
      "a source one past",
      `term\tdef\t${"s".repeat(max + 1)}\n`,
      [`line 1: a text is longer than ${max} characters`],
    ],
  ])("%s", (_, source, expected) => {
    const result = parseTermList(source);
    if (expected === null) expect(cardsOf(result)).toHaveLength(1);
    else expect(messagesOf(result)).toEqual(expected);
  });

  // Lines 185-189 (the card cap made false or `>=`, its error emptied or its message emptied).
  test("as many cards as the limit import; one more is refused with the count", () => {
    const cap = IMPORT_LIMITS.maxCards;
    const list = (n: number) =>
      Array.from({ length: n }, (_, i) => `term ${i + 1}\tdefinition ${i + 1}\n`).join("");
    const atLimit = cardsOf(parseTermList(list(cap), { importId: "big" }));
    expect(atLimit).toHaveLength(cap);
    expect(atLimit.at(-1)?.id).toBe(`custom:big:${cap}`);
    const result = parseTermList(list(cap + 1));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        line: null,
        question: null,
        message: `the file has ${cap + 1} cards; the limit is ${cap}`,
      },
    ]);
  });
});
