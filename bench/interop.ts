/**
 * npm run bench:interop — sizes and times of the exchange formats on the real content.
 * Prints, for the whole generated bank (questions) and all flashcards: the size of each export,
 * the time to write it and the time to read it back with our importer (median of 5 runs after
 * one warm-up run, and the first, cold run), plus the time to refuse a file just over the size
 * limit. The import size limits (lib/domain/interop/limits.ts) are set from these figures.
 */
import initSqlJs from "sql.js";
import { loadContent } from "@/content/load";
import { generateFlashcards } from "@/lib/domain/flashcards/generate";
import { parseAnkiPackage } from "@/lib/domain/interop/anki-import";
import { buildAnkiPackage } from "@/lib/domain/interop/anki-package";
import { exportGift } from "@/lib/domain/interop/gift-export";
import { parseGift } from "@/lib/domain/interop/gift-import";
import { IMPORT_LIMITS } from "@/lib/domain/interop/limits";
import { exportMoodleXml } from "@/lib/domain/interop/moodle-xml-export";
import { parseMoodleXml } from "@/lib/domain/interop/moodle-xml-import";
import {
  exportTermListCsv,
  exportTermListTsv,
  parseTermList,
} from "@/lib/domain/interop/term-list";
import { generateQuestionBank } from "@/lib/domain/questions/generate";

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

async function measure(run: () => unknown): Promise<{ cold: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { cold: times[0] as number, median: median(times.slice(1)) };
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

const pack = loadContent();
const bank = generateQuestionBank(pack);
const cards = generateFlashcards(pack);
const now = new Date();
const sql = await initSqlJs();

const rows: string[][] = [];
async function row<C extends string | Uint8Array>(
  format: string,
  items: number,
  write: () => C | Promise<C>,
  read: (content: C) => { ok: boolean },
) {
  const content = await write();
  const bytes = typeof content === "string" ? Buffer.byteLength(content) : content.length;
  const writing = await measure(write);
  if (!read(content).ok) throw new Error(`${format}: the export does not import`);
  const reading = await measure(() => read(content));
  rows.push([
    format,
    String(items),
    kb(bytes),
    ms(writing.median),
    `${ms(reading.median)} (cold ${ms(reading.cold)})`,
  ]);
}

await row(
  "Moodle XML",
  bank.length,
  () => exportMoodleXml(bank, { setName: "Bank", now }).content,
  (c) => parseMoodleXml(c),
);
await row(
  "GIFT",
  bank.length,
  () => exportGift(bank, { setName: "Bank", now }).content,
  (c) => parseGift(c),
);
await row(
  "Anki .apkg",
  cards.length,
  () => buildAnkiPackage(cards, { deckName: "All", now, sql }),
  (c: Uint8Array) => parseAnkiPackage(c, { sql }),
);
await row(
  "TSV",
  cards.length,
  () => exportTermListTsv(cards),
  (c) => parseTermList(c),
);
await row(
  "CSV",
  cards.length,
  () => exportTermListCsv(cards, { withSource: true }),
  (c) => parseTermList(c),
);

const header = ["format", "items", "size", "write (median)", "read back (median, cold)"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
for (const r of [header, ...rows])
  console.log(r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));

const over = "x".repeat(IMPORT_LIMITS.maxQuestionFileBytes + 1);
const refuse = await measure(() => parseGift(over));
console.log(
  `\nrefusing a file 1 byte over the ${kb(IMPORT_LIMITS.maxQuestionFileBytes)} limit: ` +
    `${ms(refuse.median)}`,
);
