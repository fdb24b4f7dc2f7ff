/**
 * Anki package (.apkg) reader: the notes of a deck become flashcards of a set. A package is a
 * zip holding the collection as SQLite, in one of three files: `collection.anki21b` (Anki 2.1.50
 * and later: zstd-compressed, schema 18), `collection.anki21` (2.1 "legacy" exports) or
 * `collection.anki2` (schema 11, what older versions and this app write). A newer package also
 * holds an `anki2` whose one note asks to update Anki, so the newest file present is read.
 * Media files are never unpacked (the zip reader skips them), and the database is read with
 * sql.js (an argument, as for the writer in anki-package.ts).
 *
 * Notes to cards:
 * - A note's fields are its `flds` split at \x1f, HTML turned into plain text as for Moodle
 *   XML, `[sound:...]` references dropped.
 * - A cloze note (a field holding `{{c1::...}}`) gives one card per cloze number, as Anki does:
 *   the front is its text with that cloze shown as `[...]` (or `[hint]`) and the others filled
 *   in, the back the whole text filled in, then the note's second field (Back Extra) if any.
 * - Any other note: the first field is the front, the second the back, and a field named
 *   "Source" (what this app's export writes) the source.
 * - A note left with an empty front or back (an image-only side, say) and a card whose front an
 *   earlier card already has are skipped and counted, rather than refusing the whole deck:
 *   a deck is rarely written for this app, and the rest of it is still worth importing.
 * Limits as for term lists: at most IMPORT_LIMITS.maxCards cards, each text at most
 * maxTextLength characters (an error names the note).
 */
import { unzipSync } from "fflate";
import { decompress as zstdDecompress } from "fzstd";
import type { Database, SqlJsStatic } from "sql.js";
import { resolveImportId, CUSTOM_ID_PREFIX } from "./custom-question";
import { IMPORT_LIMITS } from "./limits";
import { htmlToPlainText, normalizeText, truncateText } from "./text";
import type { CustomCard, ImportError } from "./types";

export type AnkiImportResult =
  | {
      ok: true;
      cards: CustomCard[];
      /** Notes or cards left out: an empty side, or a front that came earlier. */
      skipped: { empty: number; duplicate: number };
    }
  | { ok: false; errors: ImportError[] };

export interface AnkiImportOptions {
  sql: SqlJsStatic;
  /** Names the import in the card ids (default: a hash of the notes' text). */
  importId?: string;
  /**
   * The collection is unpacked in memory: a bound on what one upload can make us allocate
   * (default 64 MiB, far above a text deck's size; media do not count, being never unpacked).
   */
  maxCollectionBytes?: number;
}

const COLLECTIONS = ["collection.anki21b", "collection.anki21", "collection.anki2"] as const;
const MAX_COLLECTION_BYTES = 64 * 1024 * 1024;
const FIELD_SEPARATOR = "\x1f";
const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

const failure = (message: string): AnkiImportResult => ({
  ok: false,
  errors: [{ line: null, question: null, message }],
});

/** The collection database's bytes, or a message saying why there are none. */
function collectionBytes(pkg: Uint8Array, maxBytes: number): Uint8Array | string {
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(pkg, {
      filter: (file) => {
        if (!(COLLECTIONS as readonly string[]).includes(file.name)) return false;
        if (file.originalSize > maxBytes) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    return "the file is not an Anki package (.apkg): it is not a zip archive";
  }
  const mib = maxBytes / 1024 / 1024;
  if (tooLarge) return `the deck's collection is over ${mib} MiB unpacked: export a smaller deck`;
  const name = COLLECTIONS.find((n) => files[n]);
  if (!name) return "the file is not an Anki package (.apkg): it holds no Anki collection";
  if (name !== "collection.anki21b") return files[name]!;
  try {
    return zstdDecompress(files[name]!);
  } catch {
    return "the Anki collection in the file is damaged (it could not be decompressed)";
  }
}

/** Field names by note type id: schema 18's `fields` table, else schema 11's `col.models`. */
function fieldNames(db: Database): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const hasFieldsTable =
    db.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fields'").length > 0;
  if (hasFieldsTable) {
    for (const [ntid, ord, name] of db.exec(
      "SELECT ntid, ord, name FROM fields ORDER BY ntid, ord",
    )[0]?.values ?? []) {
      const list = names.get(String(ntid)) ?? [];
      list[Number(ord)] = String(name);
      names.set(String(ntid), list);
    }
    return names;
  }
  const models = db.exec("SELECT models FROM col LIMIT 1")[0]?.values[0]?.[0];
  if (typeof models !== "string") return names;
  try {
    const parsed = JSON.parse(models) as Record<string, { flds?: { name?: unknown }[] }>;
    for (const [id, model] of Object.entries(parsed))
      names.set(
        id,
        (model.flds ?? []).map((f) => (typeof f.name === "string" ? f.name : "")),
      );
  } catch {
    // Unreadable note types: fields are then taken by position alone.
  }
  return names;
}

/** A field as plain text: HTML to text, sound references dropped. */
function fieldText(html: string): string {
  return htmlToPlainText(html.replace(/\[sound:[^\]]*\]/g, " "));
}

/** The cloze numbers a text uses, in order. */
function clozeNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** The text with cloze `n` hidden (null: none hidden) and every other cloze filled in. */
function fillClozes(text: string, hidden: number | null): string {
  return text.replace(CLOZE, (_all, n: string, answer: string, hint: string | undefined) =>
    Number(n) === hidden ? `[${hint?.trim() ? hint.trim() : "..."}]` : answer,
  );
}

type Draft = { front: string; back: string; source: string | null; note: number };

/** The cards of one note (see the header for the rules). */
function cardsOfNote(fields: string[], names: readonly string[], note: number): Draft[] {
  const clozeField = fields.findIndex((f) => clozeNumbers(f).length > 0);
  if (clozeField !== -1) {
    const raw = fields[clozeField]!;
    const extra = fields
      .filter((_, i) => i !== clozeField)
      .map(fieldText)
      .find((text) => text !== "");
    const back = fieldText(fillClozes(raw, null));
    return clozeNumbers(raw).map((n) => ({
      front: fieldText(fillClozes(raw, n)),
      back: extra ? `${back}\n\n${extra}` : back,
      source: null,
      note,
    }));
  }
  const sourceIndex = names.findIndex((name, i) => i >= 2 && /^source$/i.test(name.trim()));
  // fields[-1] is undefined: no source field, no source.
  const source = fieldText(fields[sourceIndex] ?? "");
  return [
    {
      front: fieldText(fields[0] ?? ""),
      back: fieldText(fields[1] ?? ""),
      source: source === "" ? null : source,
      note,
    },
  ];
}

/** Reads a package's notes as cards, or says why it cannot. */
export function parseAnkiPackage(pkg: Uint8Array, options: AnkiImportOptions): AnkiImportResult {
  const bytes = collectionBytes(pkg, options.maxCollectionBytes ?? MAX_COLLECTION_BYTES);
  if (typeof bytes === "string") return failure(bytes);
  // sql.js opens any bytes; a file that is not SQLite, or SQLite without Anki's notes, fails
  // at the first query.
  const db = new options.sql.Database(bytes);
  let drafts: Draft[];
  try {
    const names = fieldNames(db);
    const notes = db.exec("SELECT mid, flds FROM notes ORDER BY id")[0]?.values ?? [];
    drafts = notes.flatMap(([mid, flds], i) =>
      cardsOfNote(String(flds).split(FIELD_SEPARATOR), names.get(String(mid)) ?? [], i + 1),
    );
  } catch {
    return failure("the file's Anki collection cannot be read: is it a deck exported by Anki?");
  } finally {
    db.close();
  }

  const errors: ImportError[] = [];
  const seen = new Set<string>();
  const kept: Draft[] = [];
  const skipped = { empty: 0, duplicate: 0 };
  for (const draft of drafts) {
    const front = normalizeText(draft.front);
    const back = normalizeText(draft.back);
    if (front === "" || back === "") {
      skipped.empty += 1;
      continue;
    }
    if ([front, back, draft.source ?? ""].some((t) => t.length > IMPORT_LIMITS.maxTextLength)) {
      errors.push({
        line: null,
        question: null,
        message:
          `note ${draft.note} ("${truncateText(front, 60)}"): a text is longer than ` +
          `${IMPORT_LIMITS.maxTextLength} characters`,
      });
      continue;
    }
    const key = front.toLowerCase();
    if (seen.has(key)) {
      skipped.duplicate += 1;
      continue;
    }
    seen.add(key);
    kept.push({ ...draft, front, back });
  }
  if (kept.length > IMPORT_LIMITS.maxCards)
    errors.push({
      line: null,
      question: null,
      message: `the deck has ${kept.length} cards; the limit is ${IMPORT_LIMITS.maxCards}`,
    });
  if (errors.length) return { ok: false, errors };
  if (kept.length === 0)
    return failure(
      drafts.length === 0
        ? "the deck has no notes"
        : "no note has text on both sides (images and sound are not imported)",
    );
  const importId = resolveImportId(
    options.importId,
    kept.map((c) => `${c.front}\t${c.back}`).join("\n"),
  );
  return {
    ok: true,
    cards: kept.map((c, i) => ({
      id: `${CUSTOM_ID_PREFIX}${importId}:${i + 1}`,
      origin: "custom",
      front: c.front,
      back: c.back,
      source: c.source,
    })),
    skipped,
  };
}
