/**
 * npm run content:export — writes every question of the bank as JSON to standard output (id,
 * kind, level, programme, scope, difficulty, prompt, stem, options, key, explanation, source
 * citations), so editors and reviewers can read the whole bank; with --flashcards, every
 * flashcard instead (id, kind, deck, front, back, the card it reverses, scope, citations).
 * Invalid content exits 1.
 * Usage: tsx scripts/content-export.ts [--dir path/to/content] [--flashcards] > bank.json
 */
import path from "node:path";
import { ContentError, loadContent } from "@/content/load";
import { exportFlashcard } from "@/lib/domain/flashcards/export-cards";
import { generateFlashcards } from "@/lib/domain/flashcards/generate";
import { exportQuestion } from "@/lib/domain/questions/export-bank";
import { generateQuestionBank } from "@/lib/domain/questions/generate";

function main(): number {
  const dirFlag = process.argv.indexOf("--dir");
  const dir =
    dirFlag >= 0 && process.argv[dirFlag + 1]
      ? path.resolve(process.argv[dirFlag + 1] as string)
      : undefined;
  try {
    const pack = loadContent(dir);
    const records = process.argv.includes("--flashcards")
      ? generateFlashcards(pack).map(exportFlashcard)
      : generateQuestionBank(pack).map(exportQuestion);
    process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`content:export: invalid content\n${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
