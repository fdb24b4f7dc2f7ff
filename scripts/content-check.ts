/**
 * npm run content:check — validates all content and prints how many questions and flashcards
 * each programme yields, per question kind, for the full bank and for the source-only bank, the
 * counts per level and per kind, questions above recall per topic, and the quality report (each
 * measure with its target and the ids that break it, the flashcards' after the questions').
 * Exits 1 with every problem (file: field path: what is wrong) when the content is invalid, and
 * when a quality measure is off target.
 * Usage: tsx scripts/content-check.ts [--dir path/to/content]
 */
import path from "node:path";
import { ContentError, loadContent } from "@/content/load";
import { toSourceOnlyPack } from "@/lib/domain/content/source-only";
import { generateFlashcards } from "@/lib/domain/flashcards/generate";
import { measureReverseClues } from "@/lib/domain/flashcards/quality";
import { countBankByProgramme, type BankRow } from "@/lib/domain/questions/count-bank";
import { sourceTopics } from "@/lib/domain/content/source-topics";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import {
  aboveRecallByTopic,
  countByKind,
  countByLevel,
  qualityReport,
  type Measure,
} from "@/lib/domain/questions/quality";
import { LEVELS, QUESTION_KINDS, type Question } from "@/lib/domain/questions/types";

const COLUMNS: Array<[string, (r: BankRow) => number]> = [
  ...QUESTION_KINDS.map((k): [string, (r: BankRow) => number] => [k, (r) => r.byKind[k]]),
  ["flashcards", (r) => r.flashcards],
  ["questions", (r) => r.questions],
];

function formatTable(rows: BankRow[], footer: BankRow[]): string {
  const nameWidth = Math.max(
    ...[...rows, ...footer].map((r) => r.programmeId.length),
    "programme".length,
  );
  const widths = COLUMNS.map(([h]) => h.length);
  const line = (name: string, cells: string[]) =>
    [name.padEnd(nameWidth), ...cells.map((c, i) => c.padStart(widths[i] ?? 0))].join(" | ");
  const rule = ["-".repeat(nameWidth), ...widths.map((w) => "-".repeat(w))].join("-|-");
  const row = (r: BankRow) =>
    line(
      r.programmeId,
      COLUMNS.map(([, get]) => String(get(r))),
    );
  return [
    line(
      "programme",
      COLUMNS.map(([h]) => h),
    ),
    rule,
    ...rows.map(row),
    rule,
    ...footer.map(row),
  ].join("\n");
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)));
  return [
    line(header).join(" | "),
    widths.map((w) => "-".repeat(w)).join("-|-"),
    ...rows.map((r) => line(r).join(" | ")),
  ].join("\n");
}

function printLevelsAndKinds(bank: Question[], sourceBank: Question[], topics: string[]): void {
  const levels = [countByLevel(bank), countByLevel(sourceBank)];
  console.log("Questions per level");
  console.log(
    table(
      ["level", "full bank", "source only"],
      LEVELS.map((l) => [l, String(levels[0]?.[l]), String(levels[1]?.[l])]),
    ),
  );
  const kinds = [countByKind(bank), countByKind(sourceBank)];
  console.log("\nQuestions per kind");
  console.log(
    table(
      ["kind", "full bank", "source only"],
      QUESTION_KINDS.map((k) => [k, String(kinds[0]?.[k]), String(kinds[1]?.[k])]),
    ),
  );
  console.log("\nQuestions above recall per topic of the source (source only)");
  const rows = aboveRecallByTopic(sourceBank, topics);
  console.log(
    table(
      ["topic", ...LEVELS.filter((l) => l !== "recall"), "total"],
      rows.map((r) => [
        r.topic,
        ...LEVELS.filter((l) => l !== "recall").map((l) => String(r.byLevel[l])),
        String(r.total),
      ]),
    ),
  );
}

function printQuality(measures: Measure[]): void {
  console.log("\nQuality report");
  console.log(
    table(
      ["measure", "target", "value", "status"],
      measures.map((m) => [m.label, m.target, m.value, m.ok ? "ok" : "OFF TARGET"]),
    ),
  );
  for (const m of measures)
    if (m.offenders.length) {
      console.log(`\n${m.label} (${m.offenders.length}):`);
      for (const o of m.offenders) console.log(`  ${o}`);
    }
}

function main(): number {
  const dirFlag = process.argv.indexOf("--dir");
  const dir =
    dirFlag >= 0 && process.argv[dirFlag + 1]
      ? path.resolve(process.argv[dirFlag + 1] as string)
      : undefined;
  let pack;
  try {
    pack = loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) {
      const count = error.issues.length;
      console.error(`content:check: invalid content (${count} problem${count === 1 ? "" : "s"})`);
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  const sourceOnly = toSourceOnlyPack(pack);
  const bank = generateQuestionBank(pack);
  const sourceBank = generateQuestionBank(sourceOnly);
  const cards = generateFlashcards(pack);
  const sourceCards = generateFlashcards(sourceOnly);
  const ids = pack.programmes.map((p) => p.id);
  const full = countBankByProgramme(ids, bank, cards);
  const source = countBankByProgramme(ids, sourceBank, sourceCards);
  const facts = pack.programmes.flatMap((p) => p.facts);
  const beyond = facts.filter((f) => f.beyondSource).length;

  console.log(
    `content ${pack.version}: ${pack.programmes.length} programmes, ` +
      `${facts.length} facts (${facts.length - beyond} from the source, ${beyond} beyond it), ` +
      `${pack.pools.length} false pools, ${pack.sources.length} sources`,
  );
  console.log("");
  console.log(
    formatTable(full.rows, [full.total, { ...source.total, programmeId: "source-only total" }]),
  );
  const missing = QUESTION_KINDS.filter((k) => full.total.byKind[k] === 0);
  console.log("");
  console.log(
    `${bank.length} questions (${sourceBank.length} from the source alone), ` +
      `${cards.length} flashcards (${sourceCards.length} from the source alone)`,
  );
  console.log("");
  const topics = sourceTopics(pack);
  printLevelsAndKinds(bank, sourceBank, topics);
  const measures = [...qualityReport({ bank, sourceBank, topics }), measureReverseClues(cards)];
  printQuality(measures);
  console.log("");
  if (missing.length > 0) {
    console.error(`content:check: no questions of kind ${missing.join(", ")}`);
    return 1;
  }
  const off = measures.filter((m) => !m.ok);
  if (off.length > 0) {
    console.error(`content:check: ${off.length} quality measure(s) off target`);
    return 1;
  }
  console.log("content:check: OK");
  return 0;
}

process.exitCode = main();
