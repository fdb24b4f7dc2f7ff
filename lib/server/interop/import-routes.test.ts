// Importing files into sets: GIFT and Moodle XML into a quiz set as custom questions, term lists
// into a flashcard set as custom cards, all or nothing, size-limited; then the custom questions
// are asked, graded and analysed with the generated ones, and exported with them. Only the
// session is stood in for; the database is real.
import { describe, expect, test, vi } from "vitest";
import * as setExport from "@/app/api/sets/[setId]/export/route";
import * as setImport from "@/app/api/sets/[setId]/import/route";
import { OCTET_STREAM } from "@/lib/schemas/interop";
import { IMPORT_LIMITS, isCustomQuestionId, parseGift } from "@/lib/domain/interop";
import { type RouteHandler as Handler, signIn } from "@/test/fake-session";
import { getItemAnalysis } from "@/lib/server/classes/get-item-analysis";
import {
  WHILE_OPEN,
  addMember,
  assign,
  makeClass,
  sitAttempt,
  storedQuestions,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { db } from "@/lib/server/db";
import { listCustomCards, listCustomQuestions } from "./import-into-set";
import { buildAnkiPackageOnServer } from "./sql-engine";
import { outsidersOf, setUpOwnerSets } from "./test-fixtures";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));

function upload(
  setId: string,
  format: string,
  body: string | Uint8Array,
  contentType = OCTET_STREAM,
) {
  const request = new Request(`http://localhost/api/sets/${setId}/import?format=${format}`, {
    method: "POST",
    // What a browser sends from our own page (the edge's cross-site check reads it).
    headers: { "content-type": contentType, "sec-fetch-site": "same-origin" },
    body: body as BodyInit,
  });
  return (setImport.POST as Handler)(request, { params: Promise.resolve({ setId }) });
}

function download(setId: string, format: string) {
  return (setExport.GET as Handler)(
    new Request(`http://localhost/api/sets/${setId}/export?format=${format}`),
    { params: Promise.resolve({ setId }) },
  );
}

const GIFT = [
  "::Founding year:: In which year was the Partnership for Peace launched? {=1994 ~1991 ~1999}",
  "",
  "::Members:: The partnership is open to OSCE states. {TRUE}",
].join("\n");

/** The second question has no right answer, the third an option twice. */
const BAD_GIFT = [
  "Good one? {=yes ~no}",
  "",
  "No right answer here {~a ~b}",
  "",
  "Twice {=a ~a}",
].join("\n");

const fx = setUpOwnerSets("import", { quizSetName: "Imports", cards: 2 });

const customCount = (setId: string) => db.customQuestion.count({ where: { setId } });

describe("who may import", () => {
  test.each(outsidersOf(fx))(
    "%s is refused with %i, and nothing is stored",
    async (_who, status, user) => {
      signIn(user());
      expect((await upload(fx.quizSetId, "gift", GIFT)).status).toBe(status);
      expect(await customCount(fx.quizSetId)).toBe(0);
    },
  );
});

describe("a bad file", () => {
  test("gets one error per question, with its line, and nothing is imported", async () => {
    signIn(fx.owner);
    const res = await upload(fx.quizSetId, "gift", BAD_GIFT);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; fieldErrors: { file: string[] } };
    expect(body.error).toBe("The file has 2 errors: nothing was imported.");
    expect(body.fieldErrors.file).toHaveLength(2);
    expect(body.fieldErrors.file[0]).toMatch(/question 2 \(line 3\)/);
    expect(body.fieldErrors.file[1]).toMatch(/question 3 \(line 5\)/);
    expect(await customCount(fx.quizSetId)).toBe(0);
  });

  test("over the size limit is refused with 413 before it is parsed", async () => {
    signIn(fx.owner);
    const huge = `${GIFT}\n\n// ${"x".repeat(IMPORT_LIMITS.maxQuestionFileBytes)}`;
    const res = await upload(fx.quizSetId, "gift", huge);
    expect(res.status).toBe(413);
    expect(await customCount(fx.quizSetId)).toBe(0);
  });

  test("a body a cross-site form could send (text/plain) is refused", async () => {
    signIn(fx.owner);
    const res = await upload(fx.quizSetId, "gift", GIFT, "text/plain");
    expect(res.status).toBe(403); // the route edge's CSRF check (request-guard.ts)
    expect(await customCount(fx.quizSetId)).toBe(0);
  });

  test("a format the set does not take is a 400", async () => {
    signIn(fx.owner);
    expect((await upload(fx.quizSetId, "tsv", "a\tb\n")).status).toBe(400);
    expect((await upload(fx.cardSetId, "gift", GIFT)).status).toBe(400);
  });

  test("script in imported HTML is stored as plain text", async () => {
    signIn(fx.owner);
    const res = await upload(
      fx.quizSetId,
      "moodle-xml",
      `<?xml version="1.0"?><quiz><question type="truefalse"><name><text>x</text></name>
<questiontext format="html"><text><![CDATA[<p>Safe?<script>alert(1)</script></p>]]></text>
</questiontext><answer fraction="100"><text>true</text></answer>
<answer fraction="0"><text>false</text></answer></question></quiz>`,
    );
    expect(res.status).toBe(201);
    const [stored] = await listCustomQuestions(fx.quizSetId);
    expect(JSON.stringify(stored)).not.toMatch(/<script|alert/);
    await db.customQuestion.deleteMany({ where: { setId: fx.quizSetId } });
  });
});

describe("a good file", () => {
  test("GIFT becomes custom questions that are asked, graded, analysed and exported", async () => {
    signIn(fx.owner);
    const res = await upload(fx.quizSetId, "gift", GIFT);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      ok: true,
      data: { imported: 2, alreadyInSet: 0, kind: "questions" },
    });

    const cls = await makeClass(fx.owner);
    const member = await addMember(cls.joinCode, "import-member");
    const assignment = await assign(fx.owner, cls.id, fx.quizSetId);
    // Right on every question.
    const attemptId = await sitAttempt(member, assignment.id, Array(7).fill(true), WHILE_OPEN);
    const asked = await storedQuestions(attemptId);
    expect(asked.filter((q) => isCustomQuestionId(q.id)).map((q) => q.prompt)).toEqual([
      "In which year was the Partnership for Peace launched?",
      expect.stringContaining("True or false"),
    ]);

    const analysis = unwrap(await getItemAnalysis(fx.owner, assignment.id, WHILE_OPEN));
    const custom = analysis.items.filter((i) => isCustomQuestionId(i.questionId));
    expect(custom.map((i) => [i.count, i.correctCount])).toEqual([
      [1, 1],
      [1, 1],
    ]);

    const exported = parseGift(await (await download(fx.quizSetId, "gift")).text());
    if (!exported.ok) throw new Error(JSON.stringify(exported.errors));
    expect(exported.questions.slice(-2).map((q) => q.prompt)).toEqual(
      asked.filter((q) => isCustomQuestionId(q.id)).map((q) => q.prompt),
    );
  });

  test("an Anki package becomes custom cards; a bad or too large one stores nothing", async () => {
    signIn(fx.owner);
    const setId = fx.cardSetId;
    const before = (await listCustomCards(setId)).length;
    const pkg = await buildAnkiPackageOnServer(
      [
        { id: "x1", front: "PII", back: "Partnership Interoperability Initiative", source: null },
        { id: "x2", front: "EAPC", back: "Euro-Atlantic Partnership Council", source: "NATO" },
      ],
      { deckName: "Acronyms", now: new Date("2026-03-01T00:00:00Z") },
    );
    const res = await upload(setId, "apkg", pkg);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      ok: true,
      data: { imported: 2, alreadyInSet: 0, kind: "cards", skipped: { empty: 0, duplicate: 0 } },
    });
    expect(
      (await listCustomCards(setId)).map(({ front, back, source }) => [front, back, source]),
    ).toEqual([
      ["PII", "Partnership Interoperability Initiative", null],
      ["EAPC", "Euro-Atlantic Partnership Council", "NATO"],
    ]);

    // Not a package (a term list, named as one; anything else), a package into a quiz set, a
    // package over its limit: nothing stored.
    const notZip = await upload(setId, "apkg", "front\tback\n");
    expect(notZip.status).toBe(422);
    expect(((await notZip.json()) as { fieldErrors: { file: string[] } }).fieldErrors.file).toEqual(
      [
        "This file looks like a term list (TSV or CSV): choose Tab-separated or CSV as its " +
          "format. Nothing was imported.",
      ],
    );
    const notAnything = await upload(setId, "apkg", "some words");
    expect(notAnything.status).toBe(422);
    expect(
      ((await notAnything.json()) as { fieldErrors: { file: string[] } }).fieldErrors.file,
    ).toEqual(["the file is not an Anki package (.apkg): it is not a zip archive"]);
    expect((await upload(fx.quizSetId, "apkg", pkg)).status).toBe(400);
    const huge = new Uint8Array(IMPORT_LIMITS.maxAnkiFileBytes + 1);
    const tooBig = await upload(setId, "apkg", huge);
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: string }).error).toMatch(/without "Include media"/);
    expect(await db.customCard.count({ where: { setId } })).toBe(before + 2);
    await db.customCard.deleteMany({ where: { setId, front: { in: ["PII", "EAPC"] } } });
  });

  test("a TSV term list becomes custom cards, exported with the set's cards", async () => {
    signIn(fx.owner);
    const res = await upload(fx.cardSetId, "tsv", "Alpha\tFirst letter\nBravo\tSecond letter\n");
    expect(res.status).toBe(201);
    const tsv = await (await download(fx.cardSetId, "tsv")).text();
    const lines = tsv.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.slice(-2).map((l) => l.split("\t").slice(0, 2))).toEqual([
      ["Alpha", "First letter"],
      ["Bravo", "Second letter"],
    ]);
  });
});
