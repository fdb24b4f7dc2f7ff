// Edges of anki-package.ts (surviving mutants): packages built inside each test, rows, ids,
// checksums, guids and JSON checked exactly against Anki's schema 11; line numbers are the
// source's, and each test was seen failing with its mutants applied (apply-mutants.js).
import { createHash } from "node:crypto";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from "sql.js";
import { beforeAll, describe, expect, test } from "vitest";
import {
  ANKI_NOTE_TYPE_ID,
  ankiChecksum,
  ankiField,
  ankiGuid,
  ankiStrippedField,
  buildAnkiPackage,
  type AnkiCard,
} from "./anki-package";

let sql: SqlJsStatic;

beforeAll(async () => {
  sql = await initSqlJs();
});

const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex");

interface Built {
  bytes: Uint8Array;
  rows: (query: string) => SqlValue[][];
  json: (column: string) => unknown;
}

/** Builds a package and reads its collection; the database is closed after `read`. */
async function build(
  cards: readonly AnkiCard[],
  deckName: string,
  now: Date,
  read: (built: Built) => void,
): Promise<void> {
  const bytes = await buildAnkiPackage(cards, { deckName, now, sql });
  const collection = unzipSync(bytes)["collection.anki2"];
  if (!collection) throw new Error("no collection.anki2 in the package");
  const db: Database = new sql.Database(collection);
  try {
    const rows = (query: string) => db.exec(query)[0]?.values ?? [];
    const json = (column: string) => JSON.parse(String(rows(`SELECT ${column} FROM col`)[0]?.[0]));
    read({ bytes, rows, json });
  } finally {
    db.close();
  }
}

// Not midnight, with milliseconds: the second and day roundings below show.
const now = new Date("2026-03-14T09:26:53.589Z");
const nowSeconds = 1_773_480_413; // 2026-03-14T09:26:53Z
const dayStart = 1_773_446_400; // 2026-03-14T00:00:00Z

describe("ankiField and ankiStrippedField", () => {
  // Lines 76-77 (the body emptied, "NFC" or the separator's replacement " " emptied); lines
  // 84-88 (the body emptied, "NFC" or " " emptied, a lone \r no longer a break, "" replaced).
  test.each([
    { text: "Cafe\u0301", field: "Caf\u00e9", stripped: "Caf\u00e9" },
    { text: "a\x1fb", field: "a b", stripped: "a b" },
    { text: 'x < y & "z"', field: "x &lt; y &amp; &quot;z&quot;", stripped: 'x < y & "z"' },
    {
      text: "one\ntwo\r\nthree\rfour",
      field: "one<br>two<br>three<br>four",
      stripped: "onetwothreefour",
    },
  ])("$text", ({ text, field, stripped }) => {
    expect(ankiField(text)).toBe(field);
    expect(ankiStrippedField(text)).toBe(stripped);
  });
});

describe("ankiChecksum: the first 32 bits of the SHA-1 of the stripped field", () => {
  // Lines 91-93 (sha1Hex emptied, "SHA-1" emptied, the byte mapping or its zero padding lost,
  // the hex digits joined with a filler) and 97-98 (the body emptied, the slice to 8 digits
  // dropped). "card-21" hashes to 0f74d446…: its first byte needs the padding.
  test.each(["", "card-21", "Caf\u00e9", "Tom & Jerry"])("%j", async (text) => {
    expect(await ankiChecksum(text)).toBe(parseInt(sha1(text).slice(0, 8), 16));
  });
  test("equals the SHA-1 prefix for any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme" }), async (text) => {
        const sum = await ankiChecksum(text);
        expect(sum).toBe(parseInt(sha1(text).slice(0, 8), 16));
        expect(sum).toBeLessThan(2 ** 32);
      }),
    );
  });
});

describe("ankiGuid: 64 bits of the SHA-1 of the card id in Anki's base-91 alphabet", () => {
  // Anki's guid64: string.ascii_letters + string.digits + its 29 symbols.
  const alphabet =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" +
    "!#$%&()*+,-./:;<=>?@[]^_`{|}~";
  const decode = (guid: string) =>
    [...guid].reduce((n, ch) => {
      const digit = alphabet.indexOf(ch);
      expect(digit).toBeGreaterThanOrEqual(0);
      return n * 91n + BigInt(digit);
    }, 0n);
  const first64Bits = (cardId: string) =>
    BigInt(`0x${sha1(`partnership-study:${cardId}`).slice(0, 16)}`);

  // Lines 105-106 (the body emptied, the slice to 16 hex digits dropped) and the sha1Hex
  // mutants of lines 91-93. "id-8" hashes to 0d0055b3…: bytes below 0x10 need the padding.
  test.each(["id-8", "custom:x:1", "flashcard:term:42"])(
    "%j decodes to its SHA-1 bits",
    async (id) => {
      const guid = await ankiGuid(id);
      expect(guid.length).toBeLessThanOrEqual(10); // 91^10 > 2^64
      expect(decode(guid)).toBe(first64Bits(id));
    },
  );
  test("decodes to the SHA-1 bits of any card id", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (id) => {
        expect(decode(await ankiGuid(id))).toBe(first64Bits(id));
      }),
    );
  });
});

describe("the notes and cards rows", () => {
  const cards: AnkiCard[] = [
    {
      id: "c1",
      front: 'Tom & "Jerry" <b>\nline',
      back: "a\x1fb",
      source: "Book, p. 3",
      tags: ["  my   tag  ", "plain"],
    },
    { id: "c2", front: "Cafe\u0301", back: "back", tags: ["   "] },
    { id: "c3", front: "three", back: "drei" },
  ];

  // Lines 211 (seconds as ms * 1000), 251 (ids counted past `now`), 256 and 266 (the rows'
  // values emptied), 262 (the fields emptied), 266 (due = i - 1), 246/248 (statements emptied),
  // 233/270 (BEGIN/COMMIT emptied), 231 (the body emptied).
  test("ids count up to `now` in ms; mod is `now` in seconds; due is the position", async () => {
    const sums = await Promise.all(
      ['Tom & "Jerry" <b>line', "Caf\u00e9", "three"].map((t) => parseInt(sha1(t).slice(0, 8), 16)),
    );
    const guids = await Promise.all(cards.map((c) => ankiGuid(c.id)));
    const t = now.getTime();
    await build(cards, "Deck", now, ({ rows }) => {
      expect(rows("SELECT * FROM notes ORDER BY id")).toEqual([
        [
          t - 3,
          guids[0],
          ANKI_NOTE_TYPE_ID,
          nowSeconds,
          -1,
          " my-tag plain ",
          "Tom &amp; &quot;Jerry&quot; &lt;b&gt;<br>line\x1fa b\x1fBook, p. 3",
          'Tom & "Jerry" <b>line',
          sums[0],
          0,
          "",
        ],
        [
          t - 2,
          guids[1],
          ANKI_NOTE_TYPE_ID,
          nowSeconds,
          -1,
          "",
          "Caf\u00e9\x1fback\x1f",
          "Caf\u00e9",
          sums[1],
          0,
          "",
        ],
        [
          t - 1,
          guids[2],
          ANKI_NOTE_TYPE_ID,
          nowSeconds,
          -1,
          "",
          "three\x1fdrei\x1f",
          "three",
          sums[2],
          0,
          "",
        ],
      ]);
      const deckId = rows("SELECT DISTINCT did FROM cards")[0]?.[0];
      // Schema 11: id nid did ord mod usn type queue due ivl factor reps lapses left odue odid
      // flags data; a new card: type 0, queue 0, due its position.
      expect(rows("SELECT * FROM cards ORDER BY id")).toEqual(
        [1, 2, 3].map((due) => {
          const id = t - 4 + due;
          return [id, id, deckId, 0, nowSeconds, -1, 0, 0, due, 0, 0, 0, 0, 0, 0, 0, 0, ""];
        }),
      );
    });
  });

  // Line 203 (tagOf: trim dropped, /\s+/ as /\s/ or /\S+/, "-" emptied); 255 (the blank tag
  // kept, `??` as `&&`, the default [] not empty); 261 (the spaces around the tags or the
  // empty tags string changed).
  test.each([
    { tags: undefined, column: "" },
    { tags: [], column: "" },
    { tags: [" ", "\t"], column: "" },
    { tags: ["a  b", " c "], column: " a-b c " },
    { tags: ["x\ty\nz"], column: " x-y-z " },
  ])("tags $tags are stored as $column", async ({ tags, column }) => {
    await build([{ id: "t", front: "f", back: "b", tags }], "Deck", now, ({ rows }) => {
      expect(rows("SELECT tags FROM notes")).toEqual([[column]]);
    });
  });
});

describe("the col row", () => {
  // Line 234 (the statement or its values emptied), 235 (crt not the start of the day:
  // `/ 86400` or `* 86400` swapped), 211.
  test("holds id 1, crt at the day's start, mod and scm `now` in ms, ver 11", async () => {
    await build([], "Deck", now, ({ rows }) => {
      expect(rows("SELECT id, crt, mod, scm, ver, dty, usn, ls, tags FROM col")).toEqual([
        [1, dayStart, now.getTime(), now.getTime(), 11, 0, 0, 0, "{}"],
      ]);
    });
  });

  // Lines 212 (deck name: whitespace runs as one space, trimmed, else "Partnership Study"),
  // 115-117 (deck id in [10^12, 2·10^12), distinct per name), 168-186 and 241-242 (the decks
  // JSON), 214-229 and 223 (the conf JSON, nextPos = cards + 1).
  test.each([
    { given: "  Biology \n\t  Deck ", name: "Biology Deck" },
    { given: "Partnership::All cards", name: "Partnership::All cards" },
    { given: " \n\t ", name: "Partnership Study" },
    { given: "", name: "Partnership Study" },
  ])("deck $given is named $name, with Anki's deck and conf JSON", async ({ given, name }) => {
    const cards = [
      { id: "a", front: "1", back: "2" },
      { id: "b", front: "3", back: "4" },
    ];
    let deckId = 0;
    await build(cards, given, now, ({ rows, json }) => {
      deckId = Number(rows("SELECT DISTINCT did FROM cards")[0]?.[0]);
      const defaults = {
        lrnToday: [0, 0],
        revToday: [0, 0],
        newToday: [0, 0],
        timeToday: [0, 0],
        collapsed: false,
        browserCollapsed: false,
        desc: "",
        dyn: 0,
        conf: 1,
        extendNew: 0,
        extendRev: 0,
      };
      expect(json("decks")).toEqual({
        1: { id: 1, mod: 0, name: "Default", usn: 0, ...defaults },
        [deckId]: { id: deckId, mod: nowSeconds, name, usn: -1, ...defaults },
      });
      expect(json("conf")).toEqual({
        activeDecks: [deckId],
        curDeck: deckId,
        newSpread: 0,
        collapseTime: 1200,
        timeLim: 0,
        estTimes: true,
        dueCounts: true,
        curModel: String(ANKI_NOTE_TYPE_ID),
        nextPos: 3,
        sortType: "noteFld",
        sortBackwards: false,
        addToCur: true,
        dayLearnFirst: false,
        schedVer: 2,
      });
    });
    expect(deckId).toBeGreaterThanOrEqual(1e12);
    expect(deckId).toBeLessThan(2e12);
    // The same name (as normalised) gives the same id; another name another id.
    await build(cards, name, now, ({ rows }) => {
      expect(rows("SELECT DISTINCT did FROM cards")).toEqual([[deckId]]);
    });
    await build(cards, `${name} 2`, now, ({ rows }) => {
      expect(rows("SELECT DISTINCT did FROM cards")).not.toEqual([[deckId]]);
    });
  });

  // Lines 120-166 and 239 (the note type JSON: every value Anki's schema-11 note type reads).
  test("holds the one note type with its fields, template, CSS and LaTeX", async () => {
    await build([], "Deck", now, ({ rows, json }) => {
      const deckId = Number((json("conf") as { curDeck: number }).curDeck);
      expect(rows("SELECT count(*) FROM notes")).toEqual([[0]]);
      const field = (name: string, ord: number) => ({
        name,
        ord,
        sticky: false,
        rtl: false,
        font: "Arial",
        size: 20,
        media: [],
      });
      expect(json("models")).toEqual({
        [ANKI_NOTE_TYPE_ID]: {
          id: ANKI_NOTE_TYPE_ID,
          name: "Partnership Study (Front/Back/Source)",
          type: 0, // standard, not cloze
          mod: nowSeconds,
          usn: -1,
          sortf: 0,
          did: deckId,
          tmpls: [
            {
              name: "Card 1",
              ord: 0,
              qfmt: "{{Front}}",
              afmt:
                '{{FrontSide}}\n\n<hr id="answer">\n\n{{Back}}' +
                '{{#Source}}\n\n<div class="source">{{Source}}</div>{{/Source}}',
              bqfmt: "",
              bafmt: "",
              did: null,
              bfont: "",
              bsize: 0,
            },
          ],
          flds: [field("Front", 0), field("Back", 1), field("Source", 2)],
          css:
            ".card { font-family: arial; font-size: 20px; text-align: center; color: black; " +
            "background-color: white; }\n.source { font-size: 12px; color: #666; }\n",
          // Anki's default LaTeX header and footer.
          latexPre:
            "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n" +
            "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n" +
            "\\setlength{\\parindent}{0in}\n\\begin{document}\n",
          latexPost: "\\end{document}",
          latexsvg: false,
          // Card 1 is generated when field 0 (Front) is non-empty.
          req: [[0, "any", [0]]],
          tags: [],
          vers: [],
        },
      });
    });
  });

  // Line 244 (the deck options emptied).
  test("holds the Default deck options under id 1", async () => {
    await build([], "Deck", now, ({ json }) => {
      expect(json("dconf")).toEqual({
        1: {
          id: 1,
          mod: 0,
          name: "Default",
          usn: 0,
          maxTaken: 60,
          autoplay: true,
          timer: 0,
          replayq: true,
          new: {
            bury: false,
            delays: [1, 10],
            initialFactor: 2500,
            ints: [1, 4, 0],
            order: 1,
            perDay: 20,
          },
          rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
          lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
          dyn: false,
        },
      });
    });
  });
});

describe("the zip", () => {
  /**
   * Each local file header's date and time (zip spec: header 30 bytes, a DOS date-time word at
   * offset 10 in local time, compressed size at 18, name and extra lengths at 26 and 28).
   */
  function headerDates(bytes: Uint8Array): number[][] {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dates: number[][] = [];
    for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
      const w = view.getUint32(at + 10, true);
      dates.push([
        (w >>> 25) + 1980,
        (w >>> 21) & 15,
        (w >>> 16) & 31,
        (w >>> 11) & 31,
        (w >>> 5) & 63,
        (w & 31) * 2,
      ]);
      const size = view.getUint32(at + 18, true);
      at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + size;
    }
    return dates;
  }

  // Lines 273 (the entries emptied, the media map emptied) and 274 (mtime not `now`).
  test("holds collection.anki2 and media `{}`, both dated `now`", async () => {
    await build([{ id: "z", front: "f", back: "b" }], "Deck", now, ({ bytes }) => {
      const files = unzipSync(bytes);
      expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
      expect(strFromU8(files.media ?? new Uint8Array([1]))).toBe("{}");
      const local = [
        now.getFullYear(),
        now.getMonth() + 1,
        now.getDate(),
        now.getHours(),
        now.getMinutes(),
        now.getSeconds() - (now.getSeconds() % 2), // DOS time counts 2-second steps
      ];
      expect(headerDates(bytes)).toEqual([local, local]);
    });
  });
});

// Line 276 (the finally block emptied): the collection's SQLite database is freed, or every
// export would leak its WebAssembly memory on the server.
test("closes the SQLite database it opened", async () => {
  const events: string[] = [];
  class TrackedDatabase extends sql.Database {
    constructor() {
      super();
      events.push("open");
    }
    override close() {
      events.push("close");
      super.close();
    }
  }
  const bytes = await buildAnkiPackage([{ id: "q", front: "f", back: "b" }], {
    deckName: "Deck",
    now,
    sql: { ...sql, Database: TrackedDatabase },
  });
  expect(bytes.length).toBeGreaterThan(0);
  expect(events).toEqual(["open", "close"]);
});
