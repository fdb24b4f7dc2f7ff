// Issue 13: edges of saving and reading sets that the mutation run over the class service's set
// files (run "mut-c2": create-flashcard-set.ts, create-quiz-set.ts, resolve-quiz-set.ts,
// get-set.ts, list-sets.ts) left open. Each test names the lines and mutants it kills.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { createFlashcardSet } from "./create-flashcard-set";
import { createQuizSet } from "./create-quiz-set";
import { getSet } from "./get-set";
import { listSets } from "./list-sets";
import { previewQuizSet } from "./preview-quiz-set";
import { cardIdsOf, makeFlashcardSet, makeInstructor, makeQuizSet, unwrap } from "./test-fixtures";

const storedRow = (id: string) =>
  db.studySet.findUniqueOrThrow({
    where: { id },
    select: {
      settings: true,
      questionIds: true,
      pinnedIds: true,
      excludedIds: true,
      cardIds: true,
    },
  });

describe("saving a flashcard set: refusals, word for word", () => {
  // create-flashcard-set.ts:20 (the schema refusal's code and message made ""). The message is
  // the one asserted; the code "" is seen as `code: ""`.
  test("a set the form refuses: 'Please check the set.' with the fields' messages", async () => {
    const owner = await makeInstructor();
    expect(await createFlashcardSet(owner, { name: " " })).toEqual({
      ok: false,
      code: "invalid",
      error: "Please check the set.",
      fieldErrors: {
        name: ["Enter a name for the set."],
        cardIds: ["Choose at least one programme or card."],
      },
    });
    expect(await db.studySet.count({ where: { instructorId: owner.id } })).toBe(0);
  });

  // create-flashcard-set.ts:23 (the unknown-programme filter made `() => undefined`), :24 (its
  // check made `false`), :25-26 (not reached in the run: code, message, field errors `{}`, `[]`,
  // the template "" and the join's ", " made "").
  test("unknown programmes are refused and named, comma-separated", async () => {
    const owner = await makeInstructor();
    expect(
      await createFlashcardSet(owner, { name: "Bad", programmeIds: ["atlantis", "utopia"] }),
    ).toEqual({
      ok: false,
      code: "invalid",
      error: "Please check the set.",
      fieldErrors: { programmeIds: ["Unknown programme: atlantis, utopia"] },
    });
    expect(await db.studySet.count({ where: { instructorId: owner.id } })).toBe(0);
  });

  // create-flashcard-set.ts:30-31 (the unknown-card refusal's message, field errors `{}` and
  // `[]`, the template "" and the join's ", " made "").
  test("unknown cards are refused and named, comma-separated", async () => {
    const owner = await makeInstructor();
    const known = cardIdsOf("pfp", 1);
    expect(
      await createFlashcardSet(owner, { name: "Bad", cardIds: [...known, "nope:a", "nope:b"] }),
    ).toEqual({
      ok: false,
      code: "invalid",
      error: "Please check the set.",
      fieldErrors: { cardIds: ["Unknown card: nope:a, nope:b"] },
    });
    expect(await db.studySet.count({ where: { instructorId: owner.id } })).toBe(0);
  });

  // create-flashcard-set.ts:38 (the empty-set check made `false`) and :39-40 (not reached in the
  // run: code, message, field errors `{}`, `[]` and the field message made ""). Every programme
  // of the content has cards today, so the test adds one without cards to the loaded content's
  // index (a content edit that adds a programme before its facts), and takes it out again.
  test("programmes without flashcards make no empty set", async () => {
    const owner = await makeInstructor();
    const { index } = getContentCatalog();
    const programme = { ...index.programmeById.get("pfp")!, id: "no-cards-yet" };
    index.programmeById.set(programme.id, programme);
    try {
      expect(
        await createFlashcardSet(owner, { name: "Empty", programmeIds: [programme.id] }),
      ).toEqual({
        ok: false,
        code: "invalid",
        error: "Those programmes have no flashcards. Choose others, or pick cards.",
        fieldErrors: { programmeIds: ["No flashcards in these programmes."] },
      });
    } finally {
      index.programmeById.delete(programme.id);
    }
    expect(await db.studySet.count({ where: { instructorId: owner.id } })).toBe(0);
  });
});

describe("what a saved set stores", () => {
  // create-flashcard-set.ts:48 (`settings: { programmeIds }` made `{}`), :49-51 (questionIds,
  // pinnedIds, excludedIds made ["Stryker was here"]). The row is read back: get-set does not
  // show a flashcard set's settings or questionIds.
  test("a flashcard set stores its programmes and no question ids", async () => {
    const owner = await makeInstructor();
    const set = unwrap(
      await createFlashcardSet(owner, { name: "Cards", programmeIds: ["flexibility"] }),
    );
    expect(await storedRow(set.id)).toEqual({
      settings: { programmeIds: ["flexibility"] },
      questionIds: [],
      pinnedIds: [],
      excludedIds: [],
      cardIds: cardIdsOf("flexibility", 100),
    });
  });

  // create-quiz-set.ts:36 (a drawn-per-learner set's questionIds made ["Stryker was here"]) and
  // :39 (a quiz set's cardIds made ["Stryker was here"]).
  test("a drawn-per-learner quiz set stores no fixed questions and no cards", async () => {
    const owner = await makeInstructor();
    const drawn = await makeQuizSet(owner, { drawPerLearner: true, name: "Drawn" });
    expect(await storedRow(drawn.id)).toMatchObject({ questionIds: [], cardIds: [] });
    const fixed = await makeQuizSet(owner);
    expect(await storedRow(fixed.id)).toMatchObject({ cardIds: [] });
    expect((await storedRow(fixed.id)).questionIds).toHaveLength(5);
  });
});

describe("quiz set options: refusals, word for word", () => {
  // create-quiz-set.ts:23 (the schema refusal's message made "").
  test("a quiz set the form refuses: 'Please check the set options.'", async () => {
    const owner = await makeInstructor();
    expect(await createQuizSet(owner, { name: "", count: 5 })).toEqual({
      ok: false,
      code: "invalid",
      error: "Please check the set options.",
      fieldErrors: { name: ["Enter a name for the set."] },
    });
  });

  // resolve-quiz-set.ts:32-33 (the unknown-programme refusal's message, field errors `[]`, the
  // template "" and the join's ", " made ""), through both preview and save.
  test("a quiz set's unknown programmes are refused and named, comma-separated", async () => {
    const owner = await makeInstructor();
    const input = { programmeIds: ["atlantis", "utopia"], count: 5 };
    const expected = {
      ok: false,
      code: "invalid",
      error: "Please check the set options.",
      fieldErrors: { programmeIds: ["Unknown programme: atlantis, utopia"] },
    };
    expect(await previewQuizSet(owner, input)).toEqual(expected);
    expect(await createQuizSet(owner, { ...input, name: "Bad" })).toEqual(expected);
  });

  // resolve-quiz-set.ts:38 (" among the source-only questions" made "", and the empty text of a
  // set with NATO background made "Stryker was here!", not reached in the run), :39-40 (the
  // message, field errors `[]`, the template "" and the join's ", " made "").
  test("unknown pins are named, and where they were looked for", async () => {
    const owner = await makeInstructor();
    const pins = ["no-such-question", "nor-this-one"];
    const refusal = (where: string) => ({
      ok: false,
      code: "invalid",
      error: "Some pinned questions are not in the content.",
      fieldErrors: { pinnedIds: [`Not found${where}: no-such-question, nor-this-one`] },
    });
    expect(await previewQuizSet(owner, { pinnedIds: pins, sourceOnly: true })).toEqual(
      refusal(" among the source-only questions"),
    );
    expect(await createQuizSet(owner, { name: "Bad", pinnedIds: pins, sourceOnly: false })).toEqual(
      refusal(""),
    );
  });

  // resolve-quiz-set.ts:46-47 (not reached in the run: the code and message of a draw that
  // finds no question made ""). No "flexibility" question is an ordering one.
  test("options that match no question are refused with what to change", async () => {
    const owner = await makeInstructor();
    const input = { programmeIds: ["flexibility"], kinds: ["ordering"], sourceOnly: false };
    const expected = {
      ok: false,
      code: "invalid",
      error: "No questions match these choices. Pick more programmes or question types.",
    };
    expect(await previewQuizSet(owner, input)).toEqual(expected);
    expect(await createQuizSet(owner, { ...input, name: "None" })).toEqual(expected);
    expect(await db.studySet.count({ where: { instructorId: owner.id } })).toBe(0);
  });
});

describe("reading sets", () => {
  // get-set.ts:42-44 (the filter on cards still in the content removed), :48 (a flashcard set's
  // questions made ["Stryker was here"]), :50 (missingIds: the filter removed, made
  // `() => undefined`, or `!has` made `has`). The row is edited as a content edit would leave
  // it: one of its cards no longer exists.
  test("a card that left the content: the set is shown without it, listed as missing", async () => {
    const owner = await makeInstructor();
    const [first, second] = cardIdsOf("pfp", 2);
    const set = await makeFlashcardSet(owner, [first!, second!]);
    await db.studySet.update({
      where: { id: set.id },
      data: { cardIds: [first!, "acronym:gone-programme", second!] },
    });
    const detail = unwrap(await getSet(owner, set.id));
    expect(detail.cards.map((c) => c.id)).toEqual([first, second]);
    expect(detail).toMatchObject({
      settings: null,
      questions: [],
      pinnedIds: [],
      excludedIds: [],
      missingIds: ["acronym:gone-programme"],
    });
  });

  // list-sets.ts:12 (orderBy made `[]`, its `{ createdAt: "desc" }` made `{}`, its tie-breaker
  // `{ id: "asc" }` made `{}`). Newest first, id order and the rows' order in the table must all
  // differ, so three rows are written here as copies of a saved set, with ids and dates chosen:
  // the newest has the greatest id; the two older ones share their creation instant and are
  // inserted in the reverse of their id order (the saved set itself is made the oldest).
  test("the caller's sets, newest first, ties in id order; no one else's", async () => {
    const owner = await makeInstructor();
    const other = await makeInstructor("other");
    await makeQuizSet(other, { name: "Not mine" });
    const saved = await makeQuizSet(owner, { name: "Oldest" });
    const row = await db.studySet.update({
      where: { id: saved.id },
      data: { createdAt: new Date("2026-01-01T10:00:00Z") },
    });
    const tie = new Date("2026-01-05T10:00:00Z");
    const prefix = `z${randomUUID()}`;
    const copy = (suffix: string, createdAt: Date) => ({
      ...row,
      settings: row.settings ?? {},
      id: `${prefix}-${suffix}`,
      name: suffix,
      createdAt,
    });
    await db.studySet.createMany({
      data: [copy("c", new Date("2026-01-06T10:00:00Z")), copy("b", tie), copy("a", tie)],
    });
    const listed = unwrap(await listSets(owner));
    expect(listed.map((s) => s.name)).toEqual(["c", "a", "b", "Oldest"]);
  });
});
