/**
 * The Anki reader against packages built here: this app's own export (schema 11), a schema-11
 * collection with Anki's Basic and Cloze note types, and a schema-18 collection (a `fields`
 * table, no note types in `col`) in a zstd-compressed `collection.anki21b`, as Anki 2.1.50 and
 * later write, next to the `collection.anki2` placeholder they add.
 *
 * Stryker's survivors here are equivalent (docs/mutation-testing.md): unpacking media files
 * too (only memory differs), `?? []` defaults made non-empty where their items are never read,
 * an empty `col` or unreadable field names (both end in names by position), another separator
 * in the text hashed for the import id, `toUpperCase` for the case-blind duplicate key, a
 * non-empty default for a missing source in the length check, and `db.close()` dropped.
 */
import { beforeAll, describe, expect, test } from "vitest";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import initSqlJs, { type SqlJsStatic } from "sql.js";
import { buildAnkiPackage, type AnkiCard } from "./anki-package";
import { parseAnkiPackage, type AnkiImportResult } from "./anki-import";
import { IMPORT_LIMITS } from "./limits";
import { sourceLine } from "./term-list";
import { normalizeText } from "./text";

let sql: SqlJsStatic;
beforeAll(async () => {
  sql = await initSqlJs();
});

const now = new Date("2026-03-14T10:00:00Z");

/** A zstd frame of raw (stored) blocks: what fzstd reads, without a compressor in the tests. */
function zstdStored(data: Uint8Array): Uint8Array {
  const BLOCK = 1 << 16;
  // Magic number, a frame header with a 128 KiB window and no content size or checksum.
  const parts: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38];
  for (let at = 0; at === 0 || at < data.length; at += BLOCK) {
    const size = Math.min(BLOCK, data.length - at);
    const last = at + BLOCK >= data.length ? 1 : 0;
    const header = last | (size << 3); // block type 0: raw
    parts.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff);
    for (let i = 0; i < size; i++) parts.push(data[at + i]!);
  }
  return Uint8Array.from(parts);
}

const NOTES_TABLE = `CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL,
  mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL,
  flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL,
  data text NOT NULL);`;

type Note = { mid: number; fields: string[] };
const BASIC = 1001;
const CLOZE = 1002;
/** This app's own note type: a third field named Source. */
const SOURCED = 1003;
/** "Source" as the second field is still the back; a third field only like it is no source. */
const LOOKALIKE = 1004;
const NOTE_TYPES: Record<number, string[]> = {
  [BASIC]: ["Front", "Back"],
  [CLOZE]: ["Text", "Back Extra"],
  [SOURCED]: ["Front", "Back", " source "],
  [LOOKALIKE]: ["Front", "Source", "Primary source", "Sources used"],
};

/**
 * A collection database holding the notes: schema 11 names fields in `col.models`, schema 18 in
 * a `fields` table. `noteTypes: false` leaves the names out (an empty `col`, no field rows).
 */
function collection(notes: readonly Note[], schema: 11 | 18, noteTypes = true): Uint8Array {
  const db = new sql.Database();
  db.run(NOTES_TABLE);
  const types = noteTypes ? Object.entries(NOTE_TYPES) : [];
  if (schema === 11) {
    db.run("CREATE TABLE col (id integer PRIMARY KEY, models text NOT NULL)");
    const models = Object.fromEntries(
      types.map(([id, names]) => [id, { flds: names.map((name) => ({ name })) }]),
    );
    if (noteTypes) db.run("INSERT INTO col VALUES (1, ?)", [JSON.stringify(models)]);
  } else {
    db.run("CREATE TABLE fields (ntid integer, ord integer, name text, config blob)");
    for (const [ntid, names] of types)
      names.forEach((name, ord) =>
        db.run("INSERT INTO fields VALUES (?, ?, ?, x'')", [Number(ntid), ord, name]),
      );
  }
  notes.forEach((n, i) =>
    db.run("INSERT INTO notes VALUES (?, ?, ?, 0, -1, '', ?, '', 0, 0, '')", [
      1_000 + i,
      `g${i}`,
      n.mid,
      n.fields.join("\x1f"),
    ]),
  );
  const bytes = db.export();
  db.close();
  return bytes;
}

const PLACEHOLDER: Note = {
  mid: BASIC,
  fields: ["Please update to the latest Anki version, then import the .apkg file again.", ""],
};

function legacyPackage(notes: readonly Note[], noteTypes = true): Uint8Array {
  return zipSync({ "collection.anki2": collection(notes, 11, noteTypes), media: strToU8("{}") });
}

function modernPackage(notes: readonly Note[], noteTypes = true): Uint8Array {
  return zipSync({
    "collection.anki2": collection([PLACEHOLDER], 11),
    "collection.anki21b": zstdStored(collection(notes, 18, noteTypes)),
    media: new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]),
    "0": new Uint8Array(2048),
  });
}

function cardsOf(result: AnkiImportResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  expect(result.cards.every((c) => c.origin === "custom")).toBe(true);
  return result.cards.map(({ front, back, source }) => ({ front, back, source }));
}

const NOTES: Note[] = [
  { mid: BASIC, fields: ["Partnership for <b>Peace</b>", "Launched in 1994&nbsp;[sound:pfp.mp3]"] },
  {
    mid: CLOZE,
    fields: ["{{c1::PfP}} was launched in {{c2::1994::year}}.", "At the Brussels Summit."],
  },
  { mid: BASIC, fields: ['<img src="map.png">', "An image only"] },
  { mid: BASIC, fields: ["partnership for peace", "The same front again"] },
  { mid: BASIC, fields: ["EAPC<br>founded", "1997<div>replacing the NACC</div>"] },
];

const EXPECTED = [
  { front: "Partnership for Peace", back: "Launched in 1994", source: null },
  {
    front: "[...] was launched in 1994.",
    back: "PfP was launched in 1994.\n\nAt the Brussels Summit.",
    source: null,
  },
  {
    front: "PfP was launched in [year].",
    back: "PfP was launched in 1994.\n\nAt the Brussels Summit.",
    source: null,
  },
  { front: "EAPC\nfounded", back: "1997\nreplacing the NACC", source: null },
];

describe("parseAnkiPackage", () => {
  test.each([
    ["a schema-11 collection.anki2", legacyPackage],
    ["a zstd schema-18 collection.anki21b beside its placeholder", modernPackage],
  ])("reads Basic and Cloze notes from %s", (_name, build) => {
    const result = parseAnkiPackage(build(NOTES), { sql, importId: "deck" });
    expect(cardsOf(result)).toEqual(EXPECTED);
    expect(result).toMatchObject({ skipped: { empty: 1, duplicate: 1 } });
    if (result.ok)
      expect(result.cards.map((c) => c.id)).toEqual([1, 2, 3, 4].map((n) => `custom:deck:${n}`));
  });

  const BOTH: [string, typeof legacyPackage][] = [
    ["schema 11", legacyPackage],
    ["schema 18", modernPackage],
  ];

  test.each(BOTH)("a field named Source is the source, from the third on (%s)", (_n, build) => {
    const notes = [
      { mid: SOURCED, fields: ["PfP", "Partnership for Peace", "NATO, 1994"] },
      { mid: LOOKALIKE, fields: ["ICI", "Istanbul Cooperation Initiative", "NATO", "Web"] },
      { mid: SOURCED, fields: ["MD", "Mediterranean Dialogue", ""] },
    ];
    expect(cardsOf(parseAnkiPackage(build(notes), { sql }))).toEqual([
      { front: "PfP", back: "Partnership for Peace", source: "NATO, 1994" },
      { front: "ICI", back: "Istanbul Cooperation Initiative", source: null },
      { front: "MD", back: "Mediterranean Dialogue", source: null },
    ]);
    // Without field names, fields go by position alone: no source.
    expect(cardsOf(parseAnkiPackage(build(notes.slice(0, 1), false), { sql }))).toEqual([
      { front: "PfP", back: "Partnership for Peace", source: null },
    ]);
  });

  test("clozes: in number order, hints trimmed, Back Extra only when it has text", () => {
    const notes = [
      { mid: CLOZE, fields: ["{{c2::1994}} saw {{c1::PfP:: a programme }} begin", "  "] },
      { mid: CLOZE, fields: ["{{c1::EAPC::   }} replaced the NACC"] },
      { mid: CLOZE, fields: ["{{c1::ICI}} in the Gulf", "<br>", "Launched in 2004"] },
      { mid: BASIC, fields: ["Sound[sound:a.mp3]and text", "One side only"] },
      { mid: BASIC, fields: ["A front without a back"] },
    ];
    const result = parseAnkiPackage(legacyPackage(notes), { sql });
    expect(cardsOf(result)).toEqual([
      { front: "1994 saw [a programme] begin", back: "1994 saw PfP begin", source: null },
      { front: "[...] saw PfP begin", back: "1994 saw PfP begin", source: null },
      { front: "[...] replaced the NACC", back: "EAPC replaced the NACC", source: null },
      { front: "[...] in the Gulf", back: "ICI in the Gulf\n\nLaunched in 2004", source: null },
      { front: "Sound and text", back: "One side only", source: null },
    ]);
    expect(result).toMatchObject({ skipped: { empty: 1, duplicate: 0 } });
  });

  test("card ids: named by the import id, else by a hash of the deck's text", () => {
    const ids = (notes: Note[]) => {
      const result = parseAnkiPackage(legacyPackage(notes), { sql });
      return result.ok ? result.cards.map((c) => c.id) : [];
    };
    const deck = [{ mid: BASIC, fields: ["a", "b"] }];
    const other = [{ mid: BASIC, fields: ["a", "c"] }];
    expect(ids(deck)).toEqual(ids(deck));
    expect(ids(deck)[0]).toMatch(/^custom:[0-9a-z]+:1$/);
    expect(ids(deck)).not.toEqual(ids(other));
  });

  test("the unpacked size limit counts the collection, not the media", () => {
    const notes = [{ mid: BASIC, fields: ["a", "b"] }];
    const size = collection(notes, 11).length;
    const withMedia = zipSync({
      "collection.anki2": collection(notes, 11),
      "1": new Uint8Array(size * 4),
    });
    expect(parseAnkiPackage(withMedia, { sql, maxCollectionBytes: size }).ok).toBe(true);
    const big = legacyPackage([{ mid: BASIC, fields: ["big", "x".repeat(1024 * 1024)] }]);
    expect(parseAnkiPackage(big, { sql, maxCollectionBytes: 1024 * 1024 })).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          message: "the deck's collection is over 1 MiB unpacked: export a smaller deck",
        }),
      ],
    });
    const result = parseAnkiPackage(withMedia, { sql, maxCollectionBytes: size - 1 });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ message: expect.stringMatching(/unpacked: export a/) })],
    });
  });

  test("a text of exactly the limit and a deck of exactly the card limit are taken", () => {
    const long = "x".repeat(IMPORT_LIMITS.maxTextLength);
    const notes = Array.from({ length: IMPORT_LIMITS.maxCards }, (_, i) => ({
      mid: SOURCED,
      fields: [`front ${i}`, i === 0 ? long : "back", i === 1 ? long : ""],
    }));
    const result = parseAnkiPackage(legacyPackage(notes), { sql });
    expect(result.ok && result.cards.length).toBe(IMPORT_LIMITS.maxCards);
  });

  test("this app's own export comes back card for card, sources included", async () => {
    const cards: AnkiCard[] = [
      { id: "a", front: "PfP", back: "Partnership for Peace", source: "NATO, 2024" },
      { id: "b", front: "Tom & Jerry <3", back: 'Two lines:\n"quoted" text', source: null },
    ];
    const pkg = await buildAnkiPackage(cards, { deckName: "Deck", now, sql });
    expect(cardsOf(parseAnkiPackage(pkg, { sql }))).toEqual([
      { front: "PfP", back: "Partnership for Peace", source: "NATO, 2024" },
      { front: "Tom & Jerry <3", back: 'Two lines:\n"quoted" text', source: null },
    ]);
  });

  test("any plain texts survive the export and the import (property)", async () => {
    const word = fc.stringMatching(/^[A-Za-z0-9&<>"'.,;:()?!-]{1,12}$/);
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(" ", "\n")), { minLength: 1, maxLength: 8 })
      .map((parts) => normalizeText(parts.map(([w, sep]) => w + sep).join("")));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(text, text, fc.option(text)), {
          minLength: 1,
          maxLength: 6,
          selector: ([front]) => front.toLowerCase(),
        }),
        async (triples) => {
          const cards = triples.map(([front, back, source], i) => ({
            id: `c${i}`,
            front,
            back,
            source,
          }));
          const pkg = await buildAnkiPackage(cards, { deckName: "P", now, sql });
          expect(cardsOf(parseAnkiPackage(pkg, { sql }))).toEqual(
            cards.map((c) => ({ front: c.front, back: c.back, source: sourceLine(c) || null })),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  test.each<[string, () => Uint8Array, RegExp]>([
    ["a text file", () => strToU8("front\tback\n"), /not a zip archive/],
    ["a zip without a collection", () => zipSync({ "a.txt": strToU8("x") }), /holds no Anki/],
    [
      "a collection that is not SQLite",
      () => zipSync({ "collection.anki2": strToU8("not a database") }),
      /^the file's Anki collection cannot be read/,
    ],
    [
      "an anki21b that is not zstd",
      () => zipSync({ "collection.anki21b": strToU8("plain") }),
      /could not be decompressed/,
    ],
    ["a deck with no notes", () => legacyPackage([]), /^the deck has no notes$/],
    [
      "SQLite without Anki's tables",
      () => zipSync({ "collection.anki2": new sql.Database().export() }),
      /^the file's Anki collection cannot be read/,
    ],
    [
      "a deck of images only",
      () => legacyPackage([{ mid: BASIC, fields: ['<img src="a.png">', "[sound:a.mp3]"] }]),
      /images and sound are not imported/,
    ],
    [
      "a text over the limit",
      () =>
        legacyPackage([
          { mid: BASIC, fields: ["Long", "x".repeat(IMPORT_LIMITS.maxTextLength + 1)] },
        ]),
      /note 1 \("Long"\): a text is longer than 5000 characters/,
    ],
  ])("refuses %s with a message", (_name, build, message) => {
    const result = parseAnkiPackage(build(), { sql });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message).join("\n")).toMatch(message);
  });

  test("refuses a deck over the card limit", () => {
    const notes = Array.from({ length: IMPORT_LIMITS.maxCards + 1 }, (_, i) => ({
      mid: BASIC,
      fields: [`front ${i}`, "back"],
    }));
    const result = parseAnkiPackage(legacyPackage(notes), { sql });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ message: "the deck has 2001 cards; the limit is 2000" })],
    });
  });
});
