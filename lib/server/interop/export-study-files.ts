import "server-only";
import type { Flashcard } from "@/lib/domain/flashcards/types";
import {
  EXPORT_EXTENSIONS,
  exportFileName,
  exportGift,
  exportMoodleXml,
  exportTermListCsv,
  exportTermListTsv,
  type AnkiCard,
} from "@/lib/domain/interop";
import type { Question } from "@/lib/domain/questions/types";
import { filterQuestions } from "@/lib/domain/quiz/draw-quiz";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import {
  MY_CARDS,
  cardExportFormatSchema,
  exportFormatSchema,
  questionExportFormatSchema,
  type CardExportFormat,
  type QuestionExportFormat,
} from "@/lib/schemas/interop";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "@/lib/server/classes/caller";
import { getSet } from "@/lib/server/classes/get-set";
import { getContentCatalog, getQuestionBank } from "@/lib/server/content/get-content";
import { deckName, getCardsOfMyDecks } from "@/lib/server/flashcards/get-study-session";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { listCustomCards, listCustomQuestions } from "./import-into-set";
import { buildAnkiPackageOnServer } from "./sql-engine";

/** A file to download: its name, MIME type and bytes (or text, sent as UTF-8). */
export type ExportFile = { filename: string; contentType: string; body: string | Uint8Array };

/** Who asks for an export, and the time zone that dates the file name. */
export type ExportCaller = Caller & { timeZone: string };

const CONTENT_TYPES = {
  "moodle-xml": "application/xml; charset=utf-8",
  gift: "text/plain; charset=utf-8",
  apkg: "application/octet-stream",
  tsv: "text/tab-separated-values; charset=utf-8",
  csv: "text/csv; charset=utf-8",
} as const;

const EXTENSIONS = {
  "moodle-xml": EXPORT_EXTENSIONS.moodleXml,
  gift: EXPORT_EXTENSIONS.gift,
  apkg: EXPORT_EXTENSIONS.anki,
  tsv: EXPORT_EXTENSIONS.tsv,
  csv: EXPORT_EXTENSIONS.csv,
} as const;

function questionFile(
  caller: ExportCaller,
  name: string,
  questions: readonly Question[],
  format: QuestionExportFormat,
  now: Date,
): ExportFile {
  const write = format === "gift" ? exportGift : exportMoodleXml;
  const { content } = write(questions, { setName: name, now });
  return {
    filename: exportFileName(name, now, EXTENSIONS[format], caller.timeZone),
    contentType: CONTENT_TYPES[format],
    body: content,
  };
}

/**
 * Cards as a file. A card marked suspended (only "My flashcards" marks any) goes into an Anki
 * package in Anki's suspended queue, and is left out of a term list (TSV or CSV), which cannot
 * say so.
 */
async function cardFile(
  caller: ExportCaller,
  name: string,
  cards: readonly (AnkiCard & { deckId?: string })[],
  format: CardExportFormat,
  now: Date,
): Promise<ExportFile> {
  const filename = exportFileName(name, now, EXTENSIONS[format], caller.timeZone);
  if (format === "tsv" || format === "csv") {
    // The sources as a third column: Anki maps it to a third field, Quizlet ignores it, and
    // the CSV names it in its header (front, back, source).
    const write = format === "tsv" ? exportTermListTsv : exportTermListCsv;
    const body = write(
      cards.filter((c) => !c.suspended),
      { withSource: true },
    );
    return { filename, contentType: CONTENT_TYPES[format], body };
  }
  const ankiCards: AnkiCard[] = cards.map((c) => ({
    id: c.id,
    front: c.front,
    back: c.back,
    sources: c.sources,
    source: c.source,
    tags: c.deckId ? [c.deckId] : ["custom"],
    ...(c.suspended ? { suspended: true } : {}),
  }));
  const body = await buildAnkiPackageOnServer(ankiCards, { deckName: name, now });
  return { filename, contentType: CONTENT_TYPES.apkg, body };
}

/**
 * The questions a quiz set can ask: its fixed questions, or for a set drawn per learner its
 * pinned questions and then every question its filters allow (what learners may be drawn).
 */
function questionsOfSet(
  set: Extract<Awaited<ReturnType<typeof getSet>>, { ok: true }>["data"],
): Question[] {
  if (!set.settings?.drawPerLearner) return set.questions;
  const { bank } = getQuestionBank(set.settings.sourceOnly);
  const left = new Set([...set.pinnedIds, ...set.excludedIds]);
  const pool = filterQuestions(bank, set.settings).filter((q) => !left.has(q.id));
  return [...set.questions, ...pool];
}

/**
 * One of the caller's sets as a file: a quiz set as Moodle XML or GIFT, a flashcard set as an
 * Anki package, TSV or CSV. Another instructor's set, or any set for a learner, is "not found".
 */
export async function exportSet(
  caller: ExportCaller,
  setId: string,
  format: string | null,
  now = new Date(),
): Promise<ServiceResult<ExportFile>> {
  const parsedFormat = exportFormatSchema.safeParse(format);
  const set = await getSet(caller, setId);
  if (!set.ok) return set;
  if (!parsedFormat.success) return fail("bad_request", parsedFormat.error.issues[0]!.message);
  const { data } = set;
  if (data.kind === "quiz") {
    const f = questionExportFormatSchema.safeParse(parsedFormat.data);
    if (!f.success)
      return fail("bad_request", `A quiz set exports as ${f.error.issues[0]!.message}`);
    const questions = [...questionsOfSet(data), ...(await listCustomQuestions(data.id))];
    return ok(questionFile(caller, data.name, questions, f.data, now));
  }
  const f = cardExportFormatSchema.safeParse(parsedFormat.data);
  if (!f.success) return fail("bad_request", `A flashcard set: ${f.error.issues[0]!.message}`);
  const custom = (await listCustomCards(data.id)).map((c) => ({ ...c, id: `custom:${c.id}` }));
  return ok(await cardFile(caller, data.name, [...data.cards, ...custom], f.data, now));
}

export const BANK_EXPORT_NAME = "Partnership question bank";

/** The whole question bank (instructors only: it holds every answer key). */
export async function exportQuestionBank(
  caller: ExportCaller,
  format: string | null,
  now = new Date(),
): Promise<ServiceResult<ExportFile>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const f = questionExportFormatSchema.safeParse(format);
  if (!f.success) return fail("bad_request", f.error.issues[0]!.message);
  return ok(questionFile(caller, BANK_EXPORT_NAME, getContentCatalog().bank, f.data, now));
}

/**
 * A deck as a file, for anyone signed in (decks are the public content): one programme's deck,
 * "all" (every card), or "mine" (every card of the decks the caller studies; the ones they
 * suspended stay suspended in an Anki package and are left out of a term list).
 */
export async function exportDeck(
  caller: ExportCaller,
  deckId: string,
  format: string | null,
  now = new Date(),
): Promise<ServiceResult<ExportFile>> {
  const f = cardExportFormatSchema.safeParse(format);
  const { flashcards } = getContentCatalog();
  let cards: (Flashcard & { suspended?: boolean })[];
  let name: string;
  if (deckId === MY_CARDS) {
    cards = (await getCardsOfMyDecks(caller.id)).cards;
    name = "My flashcards";
  } else if (deckId === ALL_DECKS) {
    cards = flashcards;
    name = deckName(ALL_DECKS);
  } else {
    cards = flashcards.filter((c) => c.deckId === deckId);
    if (cards.length === 0) return fail("not_found", "There is no such deck.");
    name = deckName(deckId);
  }
  if (!f.success) return fail("bad_request", f.error.issues[0]!.message);
  if (cards.length === 0) return fail("invalid", "You are not studying any deck yet.");
  return ok(await cardFile(caller, name, cards, f.data, now));
}
