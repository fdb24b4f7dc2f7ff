// Importing files into sets: GIFT and Moodle XML into a quiz set as custom questions, term lists
// into a flashcard set as custom cards, all or nothing, size-limited; then the custom questions
// are asked, graded and analysed with the generated ones, and exported with them. Only the
// session is stood in for; the database is real.
import { beforeAll, describe, expect, test, vi } from "vitest";
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
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  sitAttempt,
  storedQuestions,
  unwrap,
  type TestUser,
} from "@/lib/server/classes/test-fixtures";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { listCustomQuestions } from "./import-into-set";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));

function upload(setId: string, format: string, body: string, contentType = OCTET_STREAM) {
  const request = new Request(`http://localhost/api/sets/${setId}/import?format=${format}`, {
    method: "POST",
    // What a browser sends from our own page (the edge's cross-site check reads it).
    headers: { "content-type": contentType, "sec-fetch-site": "same-origin" },
    body,
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

let owner: TestUser;
let other: TestUser;
let learner: TestUser;
let quizSetId: string;
let cardSetId: string;

beforeAll(async () => {
  owner = await makeInstructor("import-owner");
  other = await makeInstructor("import-other");
  learner = await makeLearner("import-learner");
  quizSetId = (await makeQuizSet(owner, { name: "Imports" })).id;
  const deck = getContentCatalog().pack.programmes[0]!.id;
  cardSetId = (await makeFlashcardSet(owner, cardIdsOf(deck, 2))).id;
});

const customCount = (setId: string) => db.customQuestion.count({ where: { setId } });

describe("who may import", () => {
  test.each([
    ["another instructor", 404, () => other],
    ["a learner", 404, () => learner],
    ["nobody signed in", 401, () => null],
  ])("%s is refused with %i, and nothing is stored", async (_who, status, user) => {
    signIn(user());
    expect((await upload(quizSetId, "gift", GIFT)).status).toBe(status);
    expect(await customCount(quizSetId)).toBe(0);
  });
});

describe("a bad file", () => {
  test("gets one error per question, with its line, and nothing is imported", async () => {
    signIn(owner);
    const res = await upload(quizSetId, "gift", BAD_GIFT);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; fieldErrors: { file: string[] } };
    expect(body.error).toBe("The file has 2 errors: nothing was imported.");
    expect(body.fieldErrors.file).toHaveLength(2);
    expect(body.fieldErrors.file[0]).toMatch(/question 2 \(line 3\)/);
    expect(body.fieldErrors.file[1]).toMatch(/question 3 \(line 5\)/);
    expect(await customCount(quizSetId)).toBe(0);
  });

  test("over the size limit is refused with 413 before it is parsed", async () => {
    signIn(owner);
    const huge = `${GIFT}\n\n// ${"x".repeat(IMPORT_LIMITS.maxQuestionFileBytes)}`;
    const res = await upload(quizSetId, "gift", huge);
    expect(res.status).toBe(413);
    expect(await customCount(quizSetId)).toBe(0);
  });

  test("a body a cross-site form could send (text/plain) is refused", async () => {
    signIn(owner);
    const res = await upload(quizSetId, "gift", GIFT, "text/plain");
    expect(res.status).toBe(403); // the route edge's CSRF check (request-guard.ts)
    expect(await customCount(quizSetId)).toBe(0);
  });

  test("a format the set does not take is a 400", async () => {
    signIn(owner);
    expect((await upload(quizSetId, "tsv", "a\tb\n")).status).toBe(400);
    expect((await upload(cardSetId, "gift", GIFT)).status).toBe(400);
  });

  test("script in imported HTML is stored as plain text", async () => {
    signIn(owner);
    const res = await upload(
      quizSetId,
      "moodle-xml",
      `<?xml version="1.0"?><quiz><question type="truefalse"><name><text>x</text></name>
<questiontext format="html"><text><![CDATA[<p>Safe?<script>alert(1)</script></p>]]></text>
</questiontext><answer fraction="100"><text>true</text></answer>
<answer fraction="0"><text>false</text></answer></question></quiz>`,
    );
    expect(res.status).toBe(201);
    const [stored] = await listCustomQuestions(quizSetId);
    expect(JSON.stringify(stored)).not.toMatch(/<script|alert/);
    await db.customQuestion.deleteMany({ where: { setId: quizSetId } });
  });
});

describe("a good file", () => {
  test("GIFT becomes custom questions that are asked, graded, analysed and exported", async () => {
    signIn(owner);
    const res = await upload(quizSetId, "gift", GIFT);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true, data: { imported: 2, kind: "questions" } });

    const cls = await makeClass(owner);
    const member = await addMember(cls.joinCode, "import-member");
    const assignment = await assign(owner, cls.id, quizSetId);
    // Right on every question.
    const attemptId = await sitAttempt(member, assignment.id, Array(7).fill(true), WHILE_OPEN);
    const asked = await storedQuestions(attemptId);
    expect(asked.filter((q) => isCustomQuestionId(q.id)).map((q) => q.prompt)).toEqual([
      "In which year was the Partnership for Peace launched?",
      expect.stringContaining("True or false"),
    ]);

    const analysis = unwrap(await getItemAnalysis(owner, assignment.id, WHILE_OPEN));
    const custom = analysis.items.filter((i) => isCustomQuestionId(i.questionId));
    expect(custom.map((i) => [i.count, i.correctCount])).toEqual([
      [1, 1],
      [1, 1],
    ]);

    const exported = parseGift(await (await download(quizSetId, "gift")).text());
    if (!exported.ok) throw new Error(JSON.stringify(exported.errors));
    expect(exported.questions.slice(-2).map((q) => q.prompt)).toEqual(
      asked.filter((q) => isCustomQuestionId(q.id)).map((q) => q.prompt),
    );
  });

  test("a TSV term list becomes custom cards, exported with the set's cards", async () => {
    signIn(owner);
    const res = await upload(cardSetId, "tsv", "Alpha\tFirst letter\nBravo\tSecond letter\n");
    expect(res.status).toBe(201);
    const tsv = await (await download(cardSetId, "tsv")).text();
    const lines = tsv.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.slice(-2).map((l) => l.split("\t").slice(0, 2))).toEqual([
      ["Alpha", "First letter"],
      ["Bravo", "Second letter"],
    ]);
  });
});
