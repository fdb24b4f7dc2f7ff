// The export routes: a set, the question bank and decks downloaded as files, read back by
// independent readers (fast-xml-parser, gift-pegjs, sql.js) and by our importers. Only the
// session is stood in for; the database is real.
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseGiftIndependently } from "gift-pegjs";
import initSqlJs from "sql.js";
import { beforeAll, describe, expect, test, vi } from "vitest";
import * as deckExport from "@/app/api/flashcards/decks/[deckId]/export/route";
import * as bankExport from "@/app/api/question-bank/export/route";
import * as setExport from "@/app/api/sets/[setId]/export/route";
import { type RouteHandler as Handler, signIn } from "@/test/fake-session";
import {
  parseGift,
  parseMoodleXml,
  parseTermList,
  toDraft,
  type QuestionDraft,
} from "@/lib/domain/interop";
import { sourceLine } from "@/lib/domain/interop/term-list";
import type { Question } from "@/lib/domain/questions/types";
import { makeFlashcardSet, makeLearner, makeQuizSet } from "@/lib/server/classes/test-fixtures";
import { getSet } from "@/lib/server/classes/get-set";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { outsidersOf, setUpOwnerSets } from "./test-fixtures";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));

function get(handler: unknown, format: string | null, params: Record<string, string> = {}) {
  const query = format === null ? "" : `?format=${format}`;
  return (handler as Handler)(new Request(`http://localhost/api/x${query}`), {
    params: Promise.resolve(params),
  });
}

const fileNameOf = (res: Response) =>
  /^attachment; filename="([^"]+)"$/.exec(res.headers.get("content-disposition") ?? "")?.[1];

/** A question as the formats carry it, without the title and feedback the export adds. */
const keyOf = (q: Question): QuestionDraft => ({ ...toDraft(q), name: null, explanation: "" });

/** Notes of an .apkg: its SQLite collection opened by sql.js. */
async function ankiNotes(bytes: Uint8Array): Promise<string[][]> {
  const sql = await initSqlJs();
  const files = unzipSync(bytes);
  expect(JSON.parse(strFromU8(files.media!))).toEqual({});
  const collection = new sql.Database(files["collection.anki2"]);
  const [result] = collection.exec("SELECT flds FROM notes ORDER BY id");
  collection.close();
  return (result?.values ?? []).map(([flds]) => String(flds).split("\x1f"));
}

const today = () => new Date().toISOString().slice(0, 10);

const fx = setUpOwnerSets("export", { quizSetName: "Week 1: Partners", cards: 6 });
let quizQuestions: Question[];

beforeAll(async () => {
  const detail = await getSet(fx.owner, fx.quizSetId);
  if (!detail.ok) throw new Error(detail.error);
  quizQuestions = detail.data.questions;
});

describe("a quiz set as Moodle XML", () => {
  test("downloads as XML named after the set and the day, every question read back", async () => {
    signIn(fx.owner);
    const res = await get(setExport.GET, "moodle-xml", { setId: fx.quizSetId });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(fileNameOf(res)).toBe(`week-1-partners-${today()}.xml`);
    const xml = await res.text();

    const reader = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (name) => name === "question",
    });
    const read = (reader.parse(xml) as { quiz: { question: Record<string, unknown>[] } }).quiz
      .question;
    expect(read[0]!["@type"]).toBe("category");
    expect(read.slice(1).map((q) => q["@type"])).toEqual(
      quizQuestions.map((q) => (q.kind === "true-false" ? "truefalse" : "multichoice")),
    );

    const back = parseMoodleXml(xml);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.questions.map(keyOf)).toEqual(quizQuestions.map(keyOf));
  });
});

describe("a quiz set as GIFT", () => {
  test("downloads as text read back by gift-pegjs and by our importer", async () => {
    signIn(fx.owner);
    const res = await get(setExport.GET, "gift", { setId: fx.quizSetId });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(fileNameOf(res)).toBe(`week-1-partners-${today()}.gift.txt`);
    const gift = await res.text();
    const independent = parseGiftIndependently(gift).filter((q) => q.type !== "Category");
    expect(independent.map((q) => q.type)).toEqual(
      quizQuestions.map((q) => (q.kind === "true-false" ? "TF" : "MC")),
    );
    const back = parseGift(gift);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.questions.map(keyOf)).toEqual(quizQuestions.map(keyOf));
  });

  test("a set drawn per learner exports every question a learner may be drawn", async () => {
    signIn(fx.owner);
    const drawn = await makeQuizSet(fx.owner, { name: "Drawn", drawPerLearner: true, count: 5 });
    const res = await get(setExport.GET, "gift", { setId: drawn.id });
    const back = parseGift(await res.text());
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    // Every programme, single choice and true/false, within the source document (a set's
    // default scope): that many questions can be drawn.
    const pool = getContentCatalog().sourceOnlyBank.filter(
      (q) => q.kind === "single-choice" || q.kind === "true-false",
    );
    expect(back.questions.map(keyOf)).toEqual(pool.map(keyOf));
  });
});

describe("a flashcard set", () => {
  test("as an Anki package: one note per card, Front, Back and Source", async () => {
    signIn(fx.owner);
    const res = await get(setExport.GET, "apkg", { setId: fx.cardSetId });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(fileNameOf(res)).toBe(`cards-${today()}.apkg`);
    const notes = await ankiNotes(new Uint8Array(await res.arrayBuffer()));
    const { flashcardById } = getContentCatalog();
    const cards = fx.cardIds.map((id) => flashcardById.get(id)!);
    expect(notes.map((n) => n.length)).toEqual(cards.map(() => 3));
    expect(notes.map((n) => n[0])).toEqual(cards.map((c) => c.front.replace(/\n/g, "<br>")));
  });

  test("as a tab-separated file: one line per card, front and back", async () => {
    signIn(fx.owner);
    const res = await get(setExport.GET, "tsv", { setId: fx.cardSetId });
    expect(res.headers.get("content-type")).toBe("text/tab-separated-values; charset=utf-8");
    expect(fileNameOf(res)).toBe(`cards-${today()}.tsv`);
    const lines = (await res.text()).trimEnd().split("\n");
    const { flashcardById } = getContentCatalog();
    expect(lines.map((l) => l.split("\t").length)).toEqual(fx.cardIds.map(() => 3));
    expect(lines.map((l) => l.split("\t")[1])).toEqual(
      fx.cardIds.map((id) => flashcardById.get(id)!.back.replace(/\s*\n\s*/g, " ")),
    );
  });
});

describe("a flashcard set as CSV", () => {
  test("a header, then front, back and source of every card, the written ones last", async () => {
    signIn(fx.owner);
    const set = await makeFlashcardSet(fx.owner, fx.cardIds.slice(0, 2));
    const written = { front: "=PfP", back: "Partnership for Peace, 1994", source: "Lecture 2" };
    await db.customCard.create({
      data: { instructorId: fx.owner.id, setId: set.id, position: 0, ...written },
    });
    const res = await get(setExport.GET, "csv", { setId: set.id });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(fileNameOf(res)).toBe(`cards-${today()}.csv`);
    // Read by csv-parse on its own: a BOM for spreadsheets, a header, one record per card.
    // (Response.text() would drop the BOM; the bytes keep it.)
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const records = parseCsv(text, { bom: true }) as string[][];
    const { flashcardById } = getContentCatalog();
    const cards = [...fx.cardIds.slice(0, 2).map((id) => flashcardById.get(id)!), written];
    expect(records).toEqual([
      ["front", "back", "source"],
      // A text a spreadsheet would run as a formula is defused with an apostrophe.
      ...cards.map((c) => [c.front.replace(/^=/, "'="), c.back, sourceLine(c)]),
    ]);
    // ...and by our importer, which gives every text back as it was.
    const back = parseTermList(text, { format: "csv" });
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.cards.map((c) => [c.front, c.back])).toEqual(cards.map((c) => [c.front, c.back]));
  });
});

describe("who may export", () => {
  test.each(outsidersOf(fx))(
    "a set asked for by %s is refused with %i",
    async (_who, status, user) => {
      signIn(user());
      for (const [setId, format] of [
        [fx.quizSetId, "moodle-xml"],
        [fx.cardSetId, "apkg"],
      ] as const) {
        const res = await get(setExport.GET, format, { setId });
        expect(res.status).toBe(status);
        expect(res.headers.get("content-disposition")).toBeNull();
      }
    },
  );

  test("a set's wrong or missing format is a 400 with a message", async () => {
    signIn(fx.owner);
    for (const [setId, format] of [
      [fx.quizSetId, "apkg"],
      [fx.cardSetId, "gift"],
      [fx.quizSetId, null],
      [fx.quizSetId, "pdf"],
    ] as const) {
      const res = await get(setExport.GET, format, { setId });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/\w/);
    }
  });

  test("the whole bank goes to instructors only", async () => {
    signIn(fx.learner);
    expect((await get(bankExport.GET, "moodle-xml")).status).toBe(403);
    signIn(null);
    expect((await get(bankExport.GET, "moodle-xml")).status).toBe(401);
    signIn(fx.owner);
    const res = await get(bankExport.GET, "moodle-xml");
    expect(res.status).toBe(200);
    expect(fileNameOf(res)).toBe(`partnership-question-bank-${today()}.xml`);
    const back = parseMoodleXml(await res.text());
    if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 3)));
    expect(back.questions).toHaveLength(getContentCatalog().bank.length);
  });
});

describe("decks", () => {
  test("a programme's deck, for any signed-in user", async () => {
    const { flashcards, pack } = getContentCatalog();
    const deckId = pack.programmes[0]!.id;
    signIn(fx.learner);
    const res = await get(deckExport.GET, "apkg", { deckId });
    expect(res.status).toBe(200);
    const notes = await ankiNotes(new Uint8Array(await res.arrayBuffer()));
    expect(notes).toHaveLength(flashcards.filter((c) => c.deckId === deckId).length);
    expect((await get(deckExport.GET, "apkg", { deckId: "no-such-deck" })).status).toBe(404);
    signIn(null);
    expect((await get(deckExport.GET, "apkg", { deckId })).status).toBe(401);
  });

  test("'mine' holds the cards of the decks the learner studies, and only theirs", async () => {
    const { flashcards, pack } = getContentCatalog();
    const reader = await makeLearner("export-mine");
    signIn(reader);
    expect((await get(deckExport.GET, "tsv", { deckId: "mine" })).status).toBe(422);
    const [a, b] = pack.programmes.filter((p) => flashcards.some((c) => c.deckId === p.id));
    await db.deckSubscription.createMany({
      data: [a!, b!].map((p) => ({ userId: reader.id, deckId: p.id })),
    });
    // Someone else studying every deck changes nothing for this learner.
    await db.deckSubscription.create({ data: { userId: fx.learner.id, deckId: "all" } });
    const res = await get(deckExport.GET, "tsv", { deckId: "mine" });
    expect(res.status).toBe(200);
    expect(fileNameOf(res)).toBe(`my-flashcards-${today()}.tsv`);
    const lines = (await res.text()).trimEnd().split("\n");
    expect(lines).toHaveLength(
      flashcards.filter((c) => c.deckId === a!.id || c.deckId === b!.id).length,
    );
  });
});
