/**
 * Anki package (.apkg) writer: a zip holding `collection.anki2` (an SQLite database in Anki's
 * schema 11, the layout every Anki 2.1 reads and newer versions upgrade on import) and `media`
 * (a JSON map of media files, here `{}`). Written from Anki's schema (rslib/src/storage/
 * schema11.sql) and its schema-11 JSON shapes for note types, decks and deck options
 * (rslib/src/{notetype,decks,deckconfig}/schema11.rs), with the SQLite part done by sql.js
 * (SQLite compiled to WebAssembly). The engine is an argument, so this module stays pure:
 * lib/server/interop/sql-engine.ts loads it on the server, tests load it themselves.
 *
 * What goes in:
 * - col: one row; `conf`, `models`, `decks`, `dconf` are JSON; `ver` 11; times from `now`.
 * - models: one note type "Partnership Study (Front/Back/Source)" with fields Front, Back,
 *   Source and one card template; its id is fixed, so every export uses the same note type.
 * - decks: "Default" (id 1, which Anki requires) and the exported deck, id from its name.
 * - notes: `flds` are the fields joined by \x1f (HTML: our plain text escaped, line breaks as
 *   <br>); `sfld` the first field without HTML; `csum` the first 8 hex digits of the SHA-1 of
 *   that text, as an integer (Anki's duplicate check); `guid` derived from our card id, so
 *   importing a newer export of the same cards updates them instead of duplicating them;
 *   `usn` -1 (not yet synced), `mod` = now in seconds.
 * - cards: one new card per note (type 0, queue 0, due = position in the deck); a card marked
 *   `suspended` goes in Anki's suspended queue (-1) instead, in the deck but out of its study.
 * - revlog and graves: empty.
 * Deterministic: the same cards, names and `now` give the same bytes (ids count from `now`).
 */
import { strToU8, zipSync } from "fflate";
import type { SqlJsStatic } from "sql.js";
import { hashString } from "@/lib/domain/hash";
import { sourceLine, type TermCard } from "./term-list";
import { escapeHtml } from "./text";

export interface AnkiCard extends TermCard {
  /** Our card id: Anki's note guid is derived from it. */
  id: string;
  /** Anki tags (spaces become hyphens). */
  tags?: readonly string[];
  /** Suspended by the learner: exported in Anki's suspended queue. */
  suspended?: boolean;
}

export interface AnkiPackageOptions {
  deckName: string;
  now: Date;
  /** sql.js, initialised by the caller (see lib/server/interop/sql-engine.ts). */
  sql: SqlJsStatic;
}

export const ANKI_NOTE_TYPE_NAME = "Partnership Study (Front/Back/Source)";
export const ANKI_NOTE_TYPE_ID = 1_700_000_000_001;
export const ANKI_FIELD_NAMES = ["Front", "Back", "Source"] as const;
const FIELD_SEPARATOR = "\x1f";

const SCHEMA = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
  scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
  ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
  sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
  ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
  queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
  reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
  ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL,
  factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** A field's HTML: plain text escaped, NFC as Anki stores it, no field separator inside. */
export function ankiField(text: string): string {
  return escapeHtml(text.normalize("NFC").replace(/\x1f/g, " "));
}

/**
 * Anki's strip_html of a field we wrote: tags removed (a <br> leaves nothing), entities decoded.
 * Our fields hold no other markup, so this is the text with its line breaks removed.
 */
export function ankiStrippedField(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\x1f/g, " ")
    .replace(/\r\n?|\n/g, "");
}

async function sha1Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", strToU8(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Anki's duplicate-check checksum: the first 32 bits of the SHA-1 of the stripped field. */
export async function ankiChecksum(strippedFirstField: string): Promise<number> {
  return parseInt((await sha1Hex(strippedFirstField)).slice(0, 8), 16);
}

const BASE91 =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/** Anki's guid alphabet (base 91) over 64 bits of the SHA-1 of our card id. */
export async function ankiGuid(cardId: string): Promise<string> {
  let n = BigInt(`0x${(await sha1Hex(`partnership-study:${cardId}`)).slice(0, 16)}`);
  let out = "";
  while (n > 0n) {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out || "a";
}

function deckIdOf(name: string): number {
  // Any id but 1 (the Default deck); stable per name, within JavaScript's safe integers.
  return 1_000_000_000_000 + (hashString(`deck|${name}`) % 1_000_000_000_000);
}

function noteType(deckId: number, nowSeconds: number) {
  return {
    id: ANKI_NOTE_TYPE_ID,
    name: ANKI_NOTE_TYPE_NAME,
    type: 0,
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
    flds: ANKI_FIELD_NAMES.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    css:
      ".card { font-family: arial; font-size: 20px; text-align: center; color: black; " +
      "background-color: white; }\n.source { font-size: 12px; color: #666; }\n",
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n" +
      "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n" +
      "\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    req: [[0, "any", [0]]],
    tags: [],
    vers: [],
  };
}

function deck(id: number, name: string, nowSeconds: number, usn: number) {
  return {
    id,
    mod: nowSeconds,
    name,
    usn,
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
}

const DECK_OPTIONS = {
  id: 1,
  mod: 0,
  name: "Default",
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
  rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  dyn: false,
};

const tagOf = (tag: string) => tag.trim().replace(/\s+/g, "-");

/** Builds the .apkg bytes for a deck of cards. */
export async function buildAnkiPackage(
  cards: readonly AnkiCard[],
  options: AnkiPackageOptions,
): Promise<Uint8Array> {
  const nowMs = options.now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const deckName = options.deckName.replace(/\s+/g, " ").trim() || "Partnership Study";
  const deckId = deckIdOf(deckName);
  const conf = {
    activeDecks: [deckId],
    curDeck: deckId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(ANKI_NOTE_TYPE_ID),
    nextPos: cards.length + 1,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
    dayLearnFirst: false,
    schedVer: 2,
  };
  const db = new options.sql.Database();
  try {
    db.run(SCHEMA);
    db.run("BEGIN");
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      Math.floor(nowSeconds / 86400) * 86400,
      nowMs,
      nowMs,
      JSON.stringify(conf),
      JSON.stringify({ [ANKI_NOTE_TYPE_ID]: noteType(deckId, nowSeconds) }),
      JSON.stringify({
        1: deck(1, "Default", 0, 0),
        [deckId]: deck(deckId, deckName, nowSeconds, -1),
      }),
      JSON.stringify({ 1: DECK_OPTIONS }),
    ]);
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare(
      "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    );
    // Ids are milliseconds, as Anki's are: counted up to `now`, never in the future.
    const firstId = nowMs - cards.length;
    for (const [i, card] of cards.entries()) {
      const id = firstId + i;
      const stripped = ankiStrippedField(card.front);
      const tags = (card.tags ?? []).map(tagOf).filter(Boolean);
      insertNote.run([
        id,
        await ankiGuid(card.id),
        ANKI_NOTE_TYPE_ID,
        nowSeconds,
        tags.length ? ` ${tags.join(" ")} ` : "",
        [card.front, card.back, sourceLine(card)].map(ankiField).join(FIELD_SEPARATOR),
        stripped,
        await ankiChecksum(stripped),
      ]);
      // Anki's queues: 0 new, -1 suspended (the card's type stays new).
      insertCard.run([id, id, deckId, nowSeconds, card.suspended ? -1 : 0, i + 1]);
    }
    insertNote.free();
    insertCard.free();
    db.run("COMMIT");
    const collection = db.export();
    return zipSync(
      { "collection.anki2": collection, media: strToU8("{}") },
      { mtime: options.now, level: 6 },
    );
  } finally {
    db.close();
  }
}
