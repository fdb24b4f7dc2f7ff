// Questions and cards instructors write: who may write, edit and delete them (owner only,
// others 404, ownership in the query), how they are asked, graded, marked and analysed like
// generated ones, that they no longer change once a learner has started, and how written
// cards reach the study of learners the set is assigned to. Only the session is stood in for;
// the database is real.
import { beforeAll, describe, expect, test, vi } from "vitest";
import * as oneCard from "@/app/api/sets/[setId]/cards/[cardId]/route";
import * as setCards from "@/app/api/sets/[setId]/cards/route";
import * as oneQuestion from "@/app/api/sets/[setId]/questions/[questionId]/route";
import * as setQuestions from "@/app/api/sets/[setId]/questions/route";
import { isCustomQuestionId } from "@/lib/domain/interop";
import type { CustomQuestionInput } from "@/lib/schemas/custom-questions";
import { getItemAnalysis } from "@/lib/server/classes/get-item-analysis";
import { getAssignmentResults } from "@/lib/server/classes/get-assignment-results";
import { setHasWorkMessage } from "@/lib/server/classes/set-work";
import {
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeLearner,
  makeQuizSet,
  sitAttempt,
  storedQuestions,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { startAssignmentAttempt } from "@/lib/server/classes/start-assignment-attempt";
import { studyAssignment } from "@/lib/server/classes/study-assignment";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { getQuizPlayerView } from "@/lib/server/quiz/get-quiz-player-view";
import { type RouteHandler as Handler, signIn } from "@/test/fake-session";
import { getCopyFields } from "./custom-questions";
import { outsidersOf, setUpOwnerSets } from "./test-fixtures";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));

type Method = "GET" | "POST" | "PUT" | "DELETE";

function call(
  handler: unknown,
  method: Method,
  path: string,
  params: Record<string, string>,
  body?: unknown,
) {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: { "content-type": "application/json", origin: "http://localhost" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}

const MATCHING: CustomQuestionInput = {
  kind: "matching",
  prompt: "Match each programme with the year it began.",
  pairs: "Partnership for Peace -> 1994\nMediterranean Dialogue -> 1995",
  extraRights: "2004",
  explanation: "PfP in January 1994, the Dialogue in December 1995.",
};
/** MATCHING in other words: not the same question (same-item.ts). */
const REWORDED: CustomQuestionInput = {
  ...MATCHING,
  prompt: "Pair each programme with its first year.",
};
const SHORT: CustomQuestionInput = {
  kind: "short-answer",
  prompt: "Which partnership did NATO launch in 1994?",
  accepted: "Partnership for Peace\nPfP",
};

const fx = setUpOwnerSets("write", { quizSetName: "Written", cards: 1 });

const questionRows = (setId: string) =>
  db.customQuestion.findMany({ where: { setId }, orderBy: { position: "asc" } });
const cardRows = (setId: string) =>
  db.customCard.findMany({ where: { setId }, orderBy: { position: "asc" } });

async function writeQuestion(input: CustomQuestionInput, setId = fx.quizSetId): Promise<string> {
  signIn(fx.owner);
  const res = await call(
    setQuestions.POST,
    "POST",
    `/api/sets/${setId}/questions`,
    { setId },
    input,
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { data: { id: string } }).data.id;
}

describe("who may write, read, edit and delete", () => {
  let questionId: string;
  let cardId: string;
  beforeAll(async () => {
    questionId = await writeQuestion(SHORT);
    signIn(fx.owner);
    const res = await call(
      setCards.POST,
      "POST",
      `/api/sets/${fx.cardSetId}/cards`,
      {
        setId: fx.cardSetId,
      },
      { front: "PfP", back: "Partnership for Peace" },
    );
    expect(res.status).toBe(201);
    cardId = ((await res.json()) as { data: { id: string } }).data.id;
  });

  const requests = () => {
    const q = { setId: fx.quizSetId, questionId };
    const c = { setId: fx.cardSetId, cardId };
    const qPath = `/api/sets/${fx.quizSetId}/questions`;
    const cPath = `/api/sets/${fx.cardSetId}/cards`;
    return [
      ["list questions", setQuestions.GET, "GET", qPath, { setId: fx.quizSetId }, undefined],
      ["write a question", setQuestions.POST, "POST", qPath, { setId: fx.quizSetId }, MATCHING],
      ["read a question", oneQuestion.GET, "GET", `${qPath}/${questionId}`, q, undefined],
      ["edit a question", oneQuestion.PUT, "PUT", `${qPath}/${questionId}`, q, REWORDED],
      ["delete a question", oneQuestion.DELETE, "DELETE", `${qPath}/${questionId}`, q, undefined],
      ["list cards", setCards.GET, "GET", cPath, { setId: fx.cardSetId }, undefined],
      [
        "write a card",
        setCards.POST,
        "POST",
        cPath,
        { setId: fx.cardSetId },
        { front: "a", back: "b" },
      ],
      ["read a card", oneCard.GET, "GET", `${cPath}/${cardId}`, c, undefined],
      ["edit a card", oneCard.PUT, "PUT", `${cPath}/${cardId}`, c, { front: "x", back: "y" }],
      ["delete a card", oneCard.DELETE, "DELETE", `${cPath}/${cardId}`, c, undefined],
    ] as const;
  };

  test.each(outsidersOf(fx))(
    "%s gets %i from every route, and nothing changes",
    async (_who, status, user) => {
      const before = [await questionRows(fx.quizSetId), await cardRows(fx.cardSetId)];
      for (const [what, handler, method, path, params, body] of requests()) {
        signIn(user());
        const res = await call(handler, method, path, params, body);
        expect(res.status, what).toBe(status);
      }
      expect([await questionRows(fx.quizSetId), await cardRows(fx.cardSetId)]).toEqual(before);
    },
  );

  test("a question is not found through another set, nor a kind the set is not", async () => {
    const otherSet = (await makeQuizSet(fx.owner, { name: "Other" })).id;
    signIn(fx.owner);
    const path = `/api/sets/${otherSet}/questions/${questionId}`;
    const params = { setId: otherSet, questionId };
    expect((await call(oneQuestion.PUT, "PUT", path, params, MATCHING)).status).toBe(404);
    expect((await call(oneQuestion.DELETE, "DELETE", path, params)).status).toBe(404);
    // A card route does not take a quiz set, nor a question route a flashcard set.
    expect(
      (await call(setCards.POST, "POST", path, { setId: fx.quizSetId }, { front: "a", back: "b" }))
        .status,
    ).toBe(404);
    expect(
      (await call(setQuestions.POST, "POST", path, { setId: fx.cardSetId }, MATCHING)).status,
    ).toBe(404);
  });

  test("the owner can do each of them", async () => {
    signIn(fx.owner);
    const statuses = [];
    for (const [, handler, method, path, params, body] of requests())
      statuses.push((await call(handler, method, path, params, body)).status);
    expect(statuses).toEqual([200, 201, 200, 200, 200, 200, 201, 200, 200, 200]);
    await db.customQuestion.deleteMany({ where: { setId: fx.quizSetId } });
    await db.customCard.deleteMany({ where: { setId: fx.cardSetId } });
  });
});

describe("validation on the server", () => {
  test("an incomplete question is a 422 with a message on each field at fault", async () => {
    signIn(fx.owner);
    const res = await call(
      setQuestions.POST,
      "POST",
      `/api/sets/${fx.quizSetId}/questions`,
      { setId: fx.quizSetId },
      { kind: "single-choice", prompt: "", options: "a\na", correct: "" },
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { fieldErrors: Record<string, string[]> };
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["correct", "options", "prompt"]);
    expect(await questionRows(fx.quizSetId)).toEqual([]);
  });

  test("a card whose front the set already has is refused on its front, naming it", async () => {
    const FRONT_TAKEN =
      "This set already has a card with this front: “Alpha”. Change the front, or edit that " +
      "card instead.";
    signIn(fx.owner);
    const post = (front: string) =>
      call(
        setCards.POST,
        "POST",
        `/api/sets/${fx.cardSetId}/cards`,
        { setId: fx.cardSetId },
        {
          front,
          back: "b",
        },
      );
    expect((await post("Alpha")).status).toBe(201);
    const res = await post(" alpha ");
    expect(res.status).toBe(409);
    // The card is complete: the message above the form says what is wrong, not "The card is not
    // complete yet." (the walk's finding 5).
    expect(await res.json()).toEqual({
      ok: false,
      error: FRONT_TAKEN,
      fieldErrors: { front: ["This set already has a card with this front."] },
    });
    // An edit to another card's front, the same.
    const other = (await (await post("Bravo")).json()) as { data: { id: string } };
    const edit = await call(
      oneCard.PUT,
      "PUT",
      `/api/sets/${fx.cardSetId}/cards/${other.data.id}`,
      { setId: fx.cardSetId, cardId: other.data.id },
      { front: "ALPHA", back: "b" },
    );
    expect(edit.status).toBe(409);
    expect(((await edit.json()) as { error: string }).error).toBe(FRONT_TAKEN);
    await db.customCard.deleteMany({ where: { setId: fx.cardSetId } });
  });
});

describe("a question the set already has is refused, as an import skips it", () => {
  const post = (setId: string, input: CustomQuestionInput) =>
    call(setQuestions.POST, "POST", `/api/sets/${setId}/questions`, { setId }, input);
  const put = (setId: string, questionId: string, input: CustomQuestionInput) =>
    call(
      oneQuestion.PUT,
      "PUT",
      `/api/sets/${setId}/questions/${questionId}`,
      { setId, questionId },
      input,
    );
  const prompts = async (setId: string) =>
    (await questionRows(setId)).map((r) => (r.question as { prompt: string }).prompt);
  const OWN_TAKEN =
    `This set already has this question: “${SHORT.prompt}”. Change its wording, or edit ` +
    "that question instead.";

  test("the same kind and words again (case and spaces aside) is a 409 naming it", async () => {
    const setId = (await makeQuizSet(fx.owner, { name: "Once each" })).id;
    await writeQuestion(SHORT, setId);
    signIn(fx.owner);
    const again = { ...SHORT, prompt: `  ${SHORT.prompt!.toUpperCase()} `, accepted: "PfP" };
    const res = await post(setId, again);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      ok: false,
      error: OWN_TAKEN,
      fieldErrors: { prompt: ["This set already has this question."] },
    });
    // Another kind with those words is another question.
    const choice: CustomQuestionInput = {
      kind: "single-choice",
      prompt: SHORT.prompt,
      options: "PfP\nEAPC",
    };
    expect((await post(setId, { ...choice, correct: "1" })).status).toBe(201);
    expect(await prompts(setId)).toEqual([SHORT.prompt, SHORT.prompt]);
  });

  test("a true/false statement clashes on its statement, named by it", async () => {
    const setId = (await makeQuizSet(fx.owner, { name: "Statements" })).id;
    const tf: CustomQuestionInput = {
      kind: "true-false",
      prompt: "True or false?",
      statement: "The Partnership for Peace began in 1994.",
      answer: "true",
    };
    await writeQuestion(tf, setId);
    signIn(fx.owner);
    const res = await post(setId, { ...tf, answer: "false" });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: string; fieldErrors: Record<string, string[]> };
    expect(body.error).toContain(`“${tf.statement}”`);
    expect(Object.keys(body.fieldErrors)).toEqual(["statement"]);
  });

  test("a copy of one of the set's generated questions, unchanged, is refused", async () => {
    const set = await makeQuizSet(fx.owner, { name: "Copies", kinds: ["single-choice"] });
    const { questionIds } = await db.studySet.findUniqueOrThrow({ where: { id: set.id } });
    const generatedId = questionIds[0]!;
    signIn(fx.owner);
    const fields = unwrap(await getCopyFields(fx.owner, set.id, generatedId));
    const res = await post(set.id, fields);
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as { error: string };
    expect(error).toMatch(/^This set already asks this question among its generated ones: “/);
    // Reworded, it is the instructor's own.
    expect((await post(set.id, { ...fields, prompt: `${fields.prompt} (in 2024)` })).status).toBe(
      201,
    );
  });

  test("an edit is refused when its new words are another question's", async () => {
    const setId = (await makeQuizSet(fx.owner, { name: "Edits" })).id;
    const shortId = await writeQuestion(SHORT, setId);
    const matchingId = await writeQuestion(MATCHING, setId);
    signIn(fx.owner);
    const res = await put(setId, matchingId, { ...SHORT, accepted: "PfP" });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toBe(OWN_TAKEN);
    // Its own words again, with an answer corrected, is no clash with itself.
    expect((await put(setId, shortId, { ...SHORT, accepted: "PfP" })).status).toBe(200);
    expect(await prompts(setId)).toEqual([SHORT.prompt, MATCHING.prompt]);
  });

  test("a question the set had twice before this rule can still be corrected", async () => {
    const setId = (await makeQuizSet(fx.owner, { name: "Twice" })).id;
    const firstId = await writeQuestion(SHORT, setId);
    // As a save before the check would have stored it: a second row of the same question.
    const first = await db.customQuestion.findUniqueOrThrow({ where: { id: firstId } });
    await db.customQuestion.create({
      data: {
        instructorId: first.instructorId,
        setId,
        position: 1,
        questionId: `${first.questionId}-copy`,
        question: first.question as object,
      },
    });
    signIn(fx.owner);
    expect((await put(setId, firstId, { ...SHORT, accepted: "PfP\nPartnership" })).status).toBe(
      200,
    );
  });

  test("identical questions saved at once: one is stored, the others are 409", async () => {
    // The check runs under the set's lock (lock-set.ts), as an import's does. Without the lock
    // every save read the set before any stored, and all of them landed.
    for (const round of [1, 2, 3]) {
      const setId = (await makeQuizSet(fx.owner, { name: `Race ${round}` })).id;
      signIn(fx.owner);
      const statuses = await Promise.all([1, 2, 3, 4].map(() => post(setId, SHORT)));
      expect(statuses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      expect(await prompts(setId)).toEqual([SHORT.prompt]);
    }
  });

  test("edits to the same new words at once: one is saved, the other is a 409", async () => {
    for (const round of [1, 2, 3]) {
      const setId = (await makeQuizSet(fx.owner, { name: `Edit race ${round}` })).id;
      const ids = [await writeQuestion(SHORT, setId), await writeQuestion(MATCHING, setId)];
      const words = { ...SHORT, prompt: "Which partnership began in January 1994?" };
      signIn(fx.owner);
      const statuses = await Promise.all(ids.map((id) => put(setId, id, words)));
      expect(statuses.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await prompts(setId)).filter((p) => p === words.prompt)).toHaveLength(1);
    }
  });

  test("cards of one front saved at once: one is stored, the others are 409", async () => {
    for (const round of [1, 2, 3]) {
      const setId = (await makeFlashcardSet(fx.owner, cardIdsOf("pfp", 1))).id;
      signIn(fx.owner);
      const statuses = await Promise.all(
        ["EAPC", "eapc", " EAPC", "Eapc"].map((front) =>
          call(setCards.POST, "POST", `/api/sets/${setId}/cards`, { setId }, { front, back: "b" }),
        ),
      );
      expect(statuses.map((r) => r.status).sort(), `round ${round}`).toEqual([201, 409, 409, 409]);
      expect(await cardRows(setId)).toHaveLength(1);
    }
  });
});

describe("written questions are asked, graded, marked and analysed like generated ones", () => {
  test("end to end: once a learner has started, edit and delete are 409", async () => {
    const setId = (await makeQuizSet(fx.owner, { name: "Journey" })).id;
    const matchingId = await writeQuestion(MATCHING, setId);
    await writeQuestion(SHORT, setId);
    const cls = await makeClass(fx.owner);
    const first = await addMember(cls.joinCode, "write-first");
    const second = await addMember(cls.joinCode, "write-second");
    const assignment = await assign(fx.owner, cls.id, setId);

    // The first learner gets every question right, written ones included.
    const attempt1 = await sitAttempt(first, assignment.id, Array(7).fill(true), WHILE_OPEN);
    const asked1 = await storedQuestions(attempt1);
    const written1 = asked1.filter((q) => isCustomQuestionId(q.id));
    expect(written1.map((q) => q.kind)).toEqual(["matching", "short-answer"]);
    const results = unwrap(await getAssignmentResults(fx.owner, assignment.id, WHILE_OPEN));
    expect(results.roster.find((r) => r.userId === first.id)?.bestScore).toBe(1);

    // The owner tries to reword the matching question and to delete the short answer: the
    // set's questions no longer change (set-work.ts), so both are refused with the reason.
    signIn(fx.owner);
    const path = `/api/sets/${setId}/questions/${matchingId}`;
    const reworded = { ...MATCHING, prompt: "Pair each programme with its first year." };
    const params = { setId, questionId: matchingId };
    const edit = await call(oneQuestion.PUT, "PUT", path, params, reworded);
    expect(edit.status).toBe(409);
    expect(await edit.json()).toMatchObject({ error: setHasWorkMessage(1) });
    const del = await call(oneQuestion.DELETE, "DELETE", path, params);
    expect(del.status).toBe(409);
    const write = await call(
      setQuestions.POST,
      "POST",
      `/api/sets/${setId}/questions`,
      {
        setId,
      },
      REWORDED,
    );
    expect(write.status).toBe(409);

    // The second learner is asked the same written questions, so both attempts are one result.
    const attempt2 = await sitAttempt(second, assignment.id, Array(7).fill(false), WHILE_OPEN);
    const written2 = (await storedQuestions(attempt2)).filter((q) => isCustomQuestionId(q.id));
    expect(written2.map((q) => q.id)).toEqual(written1.map((q) => q.id));

    // Item analysis counts both learners' answers to each written question.
    const analysis = unwrap(await getItemAnalysis(fx.owner, assignment.id, WHILE_OPEN));
    const custom = analysis.items.filter((i) => isCustomQuestionId(i.questionId));
    expect(custom.map((i) => [i.text, i.count, i.correctCount])).toEqual([
      [expect.stringContaining(MATCHING.prompt!), 2, 1],
      [expect.stringContaining(SHORT.prompt!), 2, 1],
    ]);
  });

  test("the player marks written questions without giving away ids or keys", async () => {
    const setId = (await makeQuizSet(fx.owner, { name: "Marks" })).id;
    await writeQuestion(SHORT, setId);
    const cls = await makeClass(fx.owner);
    const member = await addMember(cls.joinCode, "write-marks");
    const assignment = await assign(fx.owner, cls.id, setId);
    const { attemptId } = unwrap(
      await startAssignmentAttempt(member, assignment.id, { now: WHILE_OPEN }),
    );
    const played = await getQuizPlayerView(member.id, attemptId, WHILE_OPEN);
    if (played.status !== "playing") throw new Error(played.status);
    expect(played.view.customPositions).toEqual([5]);
    const sent = JSON.stringify(played.view);
    expect(sent).not.toContain("custom:");
    // The written question's key; a generated question drawn beside it may name the PfP itself.
    const written = played.view.questions[5]!;
    expect(written).toMatchObject({ kind: "short-answer", prompt: SHORT.prompt });
    expect(JSON.stringify(written)).not.toContain("Partnership for Peace");
  });

  test("a generated question copies into the form's fields; not from another's set", async () => {
    const set = await db.studySet.findUniqueOrThrow({ where: { id: fx.quizSetId } });
    const generated = set.questionIds[0]!;
    const fields = unwrap(await getCopyFields(fx.owner, fx.quizSetId, generated));
    expect(fields.prompt).not.toBe("");
    expect(await getCopyFields(fx.other, fx.quizSetId, generated)).toMatchObject({
      code: "not_found",
    });
    expect(await getCopyFields(fx.owner, fx.quizSetId, "nothing:here")).toMatchObject({
      code: "not_found",
    });
  });
});

describe("written cards in study", () => {
  test("reach members of a class the set is assigned to, who can grade them", async () => {
    const deck = getContentCatalog().pack.programmes[0]!.id;
    const setId = (await makeFlashcardSet(fx.owner, cardIdsOf(deck, 1))).id;
    signIn(fx.owner);
    const res = await call(
      setCards.POST,
      "POST",
      `/api/sets/${setId}/cards`,
      { setId },
      {
        front: "Written front",
        back: "Written back",
      },
    );
    expect(res.status).toBe(201);
    const cls = await makeClass(fx.owner);
    const member = await addMember(cls.joinCode, "write-study");
    const outsider = await makeLearner("write-outsider");

    const studyFront = async (userId: string) => {
      // New cards come in order: the written card is the only new card in scope here.
      const session = await getStudySession(userId, undefined);
      return session.card ? [session.card.front, session.card.writtenByInstructor] : null;
    };
    expect(await studyFront(member.id)).toBeNull(); // not assigned yet
    const assignment = await assign(fx.owner, cls.id, setId);
    expect(await studyFront(member.id)).toEqual(["Written front", true]);
    expect(await studyFront(outsider.id)).toBeNull();

    const session = await getStudySession(member.id, undefined);
    const graded = await gradeFlashcard(member.id, {
      cardId: session.card!.cardId,
      rating: 3,
      requestId: crypto.randomUUID(),
      expectedVersion: 0,
    });
    expect(graded.ok).toBe(true);
    expect(await db.cardState.count({ where: { userId: member.id } })).toBe(1);

    // The assignment counts the written card with the set's own: 1 of 2 reviewed.
    const results = unwrap(await getAssignmentResults(fx.owner, assignment.id));
    expect(results.roster.find((r) => r.userId === member.id)?.cards).toEqual({
      total: 2,
      reviewed: 1,
    });
    const plan = unwrap(await studyAssignment(member, assignment.id));
    expect([plan.cardIds.length, plan.reviewedCardIds, plan.writtenCards]).toEqual([
      2,
      [session.card!.cardId],
      1,
    ]);
  });
});
