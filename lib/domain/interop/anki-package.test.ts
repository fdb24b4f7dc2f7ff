/**
 * Anki package: the generated flashcards as an .apkg, unzipped with fflate and its collection
 * opened with sql.js: Anki's schema-11 tables and columns, one note and one new card per
 * flashcard, fields split on \x1f equal to the cards' texts, checksums recomputed with
 * node:crypto, the note type's and decks' JSON as Anki reads them; deterministic bytes.
 */
import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from "sql.js";
import { beforeAll, describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateFlashcards } from "@/lib/domain/flashcards/generate";
import {
  ANKI_FIELD_NAMES,
  ANKI_NOTE_TYPE_NAME,
  buildAnkiPackage,
  type AnkiCard,
} from "./anki-package";
import { sourceLine } from "./term-list";

const flashcards = generateFlashcards(loadContent());
const cards: AnkiCard[] = [
  ...flashcards.map((c) => ({ ...c, tags: [c.deckId] })),
  { id: "custom:x:1", front: 'Tom & "Jerry" <b>\nsecond line', back: "a\x1fb", source: null },
  {
    id: "custom:x:2",
    front: "Suspended",
    back: "in Anki's queue -1",
    source: null,
    suspended: true,
  },
];
const now = new Date("2026-03-14T09:26:53.589Z");

let sql: SqlJsStatic;
let bytes: Uint8Array;
let db: Database;

beforeAll(async () => {
  sql = await initSqlJs();
  bytes = await buildAnkiPackage(cards, { deckName: "Partnership::All cards", now, sql });
  const files = unzipSync(bytes);
  const collection = files["collection.anki2"];
  if (!collection) throw new Error("no collection.anki2 in the package");
  db = new sql.Database(collection);
});

function rows(query: string): SqlValue[][] {
  return db.exec(query)[0]?.values ?? [];
}

function json(column: string): Record<string, Record<string, unknown>> {
  return JSON.parse(String(rows(`SELECT ${column} FROM col`)[0]?.[0]));
}

/** An independent reading of a field: tags removed (as Anki's strip_html), entities decoded. */
function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("the .apkg of the generated flashcards", () => {
  test("is a zip with collection.anki2 and an empty media map", () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    expect(JSON.parse(strFromU8(files.media ?? new Uint8Array()))).toEqual({});
  });

  test("has Anki's schema-11 tables and columns", () => {
    const columns = (table: string) => rows(`PRAGMA table_info(${table})`).map((r) => r[1]);
    // rslib/src/storage/schema11.sql
    expect(columns("col")).toEqual(
      "id crt mod scm ver dty usn ls conf models decks dconf tags".split(" "),
    );
    expect(columns("notes")).toEqual(
      "id guid mid mod usn tags flds sfld csum flags data".split(" "),
    );
    expect(columns("cards")).toEqual(
      ["id nid did ord mod usn type queue due ivl factor", "reps lapses left odue odid flags data"]
        .join(" ")
        .split(" "),
    );
    expect(columns("revlog")).toEqual("id cid usn ease ivl lastIvl factor time type".split(" "));
    expect(columns("graves")).toEqual(["usn", "oid", "type"]);
    expect(rows("SELECT id, ver, mod, scm FROM col")).toEqual([
      [1, 11, now.getTime(), now.getTime()],
    ]);
  });

  test("holds one note and one new card per flashcard, fields equal to the card texts", () => {
    expect(rows("SELECT count(*) FROM notes")[0]?.[0]).toBe(cards.length);
    expect(rows("SELECT count(*) FROM cards")[0]?.[0]).toBe(cards.length);
    const notes = rows("SELECT flds, usn, mod, tags FROM notes ORDER BY id");
    notes.forEach(([flds, usn, mod, tags], i) => {
      const card = cards[i] as AnkiCard;
      const fields = String(flds).split("\x1f");
      expect(fields).toHaveLength(3);
      expect(fields.map((f) => stripHtml(f.replace(/<br>/g, "\n")))).toEqual([
        card.front,
        card.back.replace(/\x1f/g, " "),
        sourceLine(card),
      ]);
      // Our texts are plain: the only markup in a field is the <br> of a line break.
      for (const field of fields) expect(field.replace(/<br>/g, "")).not.toMatch(/[<>]/);
      expect([usn, mod]).toEqual([-1, Math.floor(now.getTime() / 1000)]);
      expect(tags).toBe(card.tags?.length ? ` ${card.tags.join(" ")} ` : "");
    });
    expect(rows("SELECT DISTINCT type, ivl, reps, usn, ord FROM cards")).toEqual([
      [0, 0, 0, -1, 0],
    ]);
    // New cards in the new queue; the suspended one in Anki's suspended queue, still in the deck.
    expect(rows("SELECT queue FROM cards ORDER BY id").map((r) => r[0])).toEqual(
      cards.map((c) => (c.suspended ? -1 : 0)),
    );
    expect(rows("SELECT due FROM cards ORDER BY id").map((r) => r[0])).toEqual(
      cards.map((_, i) => i + 1),
    );
  });

  test("has Anki's sort field and checksum (SHA-1 of the stripped first field, 8 hex)", () => {
    for (const [flds, sfld, csum] of rows("SELECT flds, sfld, csum FROM notes")) {
      const first = stripHtml(String(flds).split("\x1f")[0] ?? "");
      expect(String(sfld)).toBe(first);
      const sha1 = createHash("sha1").update(first, "utf8").digest("hex");
      expect(csum).toBe(parseInt(sha1.slice(0, 8), 16));
    }
  });

  test("links every card to its note, the deck and the note type", () => {
    const models = json("models");
    const decks = json("decks");
    const [mid] = Object.keys(models);
    const model = models[mid ?? ""];
    expect(model).toMatchObject({ name: ANKI_NOTE_TYPE_NAME, type: 0, sortf: 0, usn: -1 });
    expect((model?.flds as { name: string }[]).map((f) => f.name)).toEqual([...ANKI_FIELD_NAMES]);
    const deck = Object.values(decks).find((d) => d.name === "Partnership::All cards");
    expect(deck).toMatchObject({ dyn: 0, conf: 1, usn: -1 });
    expect(decks["1"]).toMatchObject({ name: "Default" });
    expect(Object.keys(json("dconf"))).toEqual(["1"]);
    expect(rows("SELECT DISTINCT mid FROM notes")).toEqual([[Number(mid)]]);
    expect(rows("SELECT DISTINCT did FROM cards")).toEqual([[deck?.id as number]]);
    expect(rows("SELECT count(*) FROM cards c JOIN notes n ON n.id = c.nid")[0]?.[0]).toBe(
      cards.length,
    );
  });

  test("the JSON has every key Anki's schema-11 reader requires", () => {
    // rslib/src/notetype/schema11.rs and decks/schema11.rs: fields without a serde default.
    const model = Object.values(json("models"))[0] ?? {};
    for (const key of ["id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css"])
      expect(model).toHaveProperty(key);
    for (const field of model.flds as Record<string, unknown>[])
      for (const key of ["name", "ord", "sticky", "rtl", "font", "size"])
        expect(field).toHaveProperty(key);
    for (const template of model.tmpls as Record<string, unknown>[])
      for (const key of ["name", "ord", "qfmt", "afmt"]) expect(template).toHaveProperty(key);
    for (const deck of Object.values(json("decks")))
      for (const key of [
        "id",
        "name",
        "usn",
        "lrnToday",
        "revToday",
        "newToday",
        "timeToday",
        "collapsed",
        "dyn",
        "conf",
      ])
        expect(deck).toHaveProperty(key);
  });

  test("gives each note a distinct base-91 guid, stable per card id", async () => {
    const guids = rows("SELECT guid FROM notes ORDER BY id").map((r) => String(r[0]));
    expect(new Set(guids).size).toBe(cards.length);
    for (const g of guids) expect(g).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]+$/);
    const later = await buildAnkiPackage(cards.slice(0, 3), {
      deckName: "Other",
      now: new Date(now.getTime() + 86_400_000),
      sql,
    });
    const other = new sql.Database(unzipSync(later)["collection.anki2"]);
    const again = other.exec("SELECT guid FROM notes ORDER BY id")[0]?.values.map((r) => r[0]);
    other.close();
    expect(again).toEqual(guids.slice(0, 3));
  });

  test("is deterministic: the same cards and time give the same bytes", async () => {
    const twice = await buildAnkiPackage(cards, {
      deckName: "Partnership::All cards",
      now,
      sql,
    });
    expect(Buffer.from(twice).equals(Buffer.from(bytes))).toBe(true);
    const later = await buildAnkiPackage(cards, {
      deckName: "Partnership::All cards",
      now: new Date(now.getTime() + 1000),
      sql,
    });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
  });

  test("never gives a note an id after `now` (Anki treats those as invalid)", () => {
    const [max] = rows("SELECT max(id) FROM notes")[0] ?? [];
    expect(Number(max)).toBeLessThanOrEqual(now.getTime());
  });
});
