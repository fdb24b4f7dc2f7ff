import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { maskQuestion } from "@/lib/domain/quiz/attempt-ids";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { drawQuiz, filterQuestions, type QuizFilter } from "@/lib/domain/quiz/draw-quiz";
import { harderPool, MIN_LEARNERS } from "@/lib/domain/quiz/facility";
import { QUESTION_KINDS } from "@/lib/domain/questions/types";
import { startQuizSchema } from "@/lib/schemas/quiz";
import { previewQuizSet } from "@/lib/server/classes/preview-quiz-set";
import { getContentCatalog, getQuestionBank } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { attemptIdMask } from "./attempt-ids";
import { getFacilityCounts } from "./get-facility-counts";
import { saveQuizResponse } from "./save-quiz-response";
import { createAttempt, present, startQuiz } from "./start-quiz";
import { submitQuizAttempt } from "./submit-quiz-attempt";

const { bank } = getQuestionBank(true);

/**
 * A programme and kind with enough questions for a "harder" draw to leave some out, holding an
 * authored-easy question and an authored-hard one.
 */
function pickScope() {
  for (const programme of getContentCatalog().pack.programmes) {
    for (const kind of QUESTION_KINDS) {
      const filter: QuizFilter = { programmeIds: [programme.id], kinds: [kind], sourceOnly: true };
      const candidates = filterQuestions(bank, filter);
      const count = Math.max(5, Math.ceil(candidates.length / 3));
      const easy = candidates.find((q) => q.difficulty === 1);
      const hard = candidates.find((q) => q.difficulty === 3);
      if (easy && hard && candidates.length > count + 1 && count <= 50)
        return { filter, candidates, count, easy, hard };
    }
  }
  throw new Error("No programme and kind with both an easy and a hard question.");
}

/** A practice attempt on exactly these questions, answered right or wrong as given. */
async function answer(userId: string, plan: [Question, boolean][], mode: "practice" | "exam") {
  const settings = startQuizSchema.parse({ mode, count: 5 });
  const seed = `facility-${userId}-${Math.random()}`;
  const { id: attemptId } = await createAttempt(
    userId,
    settings,
    present(
      plan.map(([q]) => q),
      seed,
    ),
    { seed, now: new Date() },
  );
  const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const questions = stored.questions as unknown as Question[];
  for (const [position, [, right]] of plan.entries()) {
    const shown = maskQuestion(questions[position]!, attemptIdMask(attemptId, position));
    const response = right ? correctResponse(shown) : wrongResponse(shown);
    const saved = await saveQuizResponse(userId, attemptId, { position, response });
    if (!saved.ok) throw new Error(saved.error);
  }
  return attemptId;
}

const countsOf = async (...ids: string[]) => getFacilityCounts(ids);

describe("question facility (issue 11, item 9)", () => {
  test("counts each learner's first counted answer only; an exam's at submission", async () => {
    const { easy, hard } = pickScope();
    const before = await countsOf(easy.id, hard.id);
    const learners = (id: string, m: Map<string, { learners: number }>) => m.get(id)?.learners ?? 0;
    const right = (id: string, m: Map<string, { firstRight: number }>) =>
      m.get(id)?.firstRight ?? 0;

    const user = await makeUser("facility-first");
    await answer(user.id, [[easy, false]], "practice");
    await answer(user.id, [[easy, true]], "practice"); // later answers change nothing
    const exam = await answer(user.id, [[hard, true]], "exam");
    let now = await countsOf(easy.id, hard.id);
    expect(learners(easy.id, now) - learners(easy.id, before)).toBe(1);
    expect(right(easy.id, now) - right(easy.id, before)).toBe(0);
    // Not counted before the exam is submitted.
    expect(learners(hard.id, now) - learners(hard.id, before)).toBe(0);

    const submitted = await submitQuizAttempt(user.id, exam);
    expect(submitted.ok).toBe(true);
    now = await countsOf(easy.id, hard.id);
    expect(learners(hard.id, now) - learners(hard.id, before)).toBe(1);
    expect(right(hard.id, now) - right(hard.id, before)).toBe(1);
  });

  test(`from ${MIN_LEARNERS} learners, facility replaces authored difficulty`, async () => {
    const { filter, candidates, count, easy, hard } = pickScope();
    // This test owns the two questions' counters (other tests answer them only by chance).
    await db.questionFacility.deleteMany({ where: { questionId: { in: [easy.id, hard.id] } } });
    // Every learner misses the authored-easy question and gets the authored-hard one right.
    const users = [];
    for (let i = 0; i < MIN_LEARNERS + 2; i++) users.push(await makeUser(`facility-${i}`));
    for (const user of users.slice(0, MIN_LEARNERS - 1)) {
      await answer(
        user.id,
        [
          [easy, false],
          [hard, true],
        ],
        "practice",
      );
    }
    const few = await countsOf(easy.id, hard.id);
    expect(few.get(easy.id)).toEqual({ learners: MIN_LEARNERS - 1, firstRight: 0 });
    expect(few.get(hard.id)).toEqual({ learners: MIN_LEARNERS - 1, firstRight: MIN_LEARNERS - 1 });

    // Below 20 learners the draw is the one the authored difficulty alone gives.
    // A learner who has answered nothing: their draw puts no question behind the fresh ones.
    const owner = (await makeUser("facility-drawer")).id;
    const drawn = async (seed: string) => {
      const result = await startQuiz(
        owner,
        { ...filter, count, mode: "exam", harder: true },
        {
          seed,
        },
      );
      if (!result.ok) throw new Error(result.error);
      return (await db.quizAttempt.findUniqueOrThrow({ where: { id: result.data.attemptId } }))
        .questionIds;
    };
    const authoredOnly = (seed: string) =>
      drawQuiz(harderPool(candidates, new Map(), count), filter, count, seed);
    for (const seed of ["a", "b", "c"]) expect(await drawn(seed)).toEqual(authoredOnly(seed));
    // The set builder shows the same: authored, with the learners so far.
    const instructor = { id: (await makeUser("facility-teacher", "INSTRUCTOR")).id };
    const measured = async () => {
      const preview = await previewQuizSet(
        { ...instructor, role: "INSTRUCTOR" },
        { ...filter, count, pinnedIds: [easy.id, hard.id] },
      );
      if (!preview.ok) throw new Error(preview.error);
      const of = (id: string) => preview.data.questions.find((q) => q.id === id)?.measured;
      return [of(easy.id), of(hard.id)];
    };
    expect(await measured()).toMatchObject([
      { source: "authored", difficulty: 1, learners: MIN_LEARNERS - 1 },
      { source: "authored", difficulty: 3, learners: MIN_LEARNERS - 1 },
    ]);

    for (const user of users.slice(MIN_LEARNERS - 1)) {
      await answer(
        user.id,
        [
          [easy, false],
          [hard, true],
        ],
        "practice",
      );
    }
    const many = await countsOf(easy.id, hard.id);
    expect(many.get(easy.id)).toEqual({ learners: MIN_LEARNERS + 2, firstRight: 0 });

    expect(await measured()).toMatchObject([
      { source: "facility", difficulty: 3, facility: 0, learners: MIN_LEARNERS + 2 },
      { source: "facility", difficulty: 1, facility: 1, learners: MIN_LEARNERS + 2 },
    ]);

    // Now the question everybody missed is among the harder ones, the one everybody knew is not.
    for (const seed of ["a", "b", "c"]) {
      const ids = await drawn(seed);
      expect(ids).toContain(easy.id);
      expect(ids).not.toContain(hard.id);
    }
  });

  test("the counters equal a recount of first answers from the counted answers", async () => {
    const { easy, hard } = pickScope();
    const users = [await makeUser("recount-a"), await makeUser("recount-b")];
    const before = await countsOf(easy.id, hard.id);
    await answer(users[0]!.id, [[easy, true]], "practice");
    await answer(users[0]!.id, [[easy, false]], "practice");
    await answer(
      users[1]!.id,
      [
        [easy, false],
        [hard, true],
      ],
      "practice",
    );
    await answer(users[1]!.id, [[hard, false]], "practice");
    const recount = await db.$queryRaw<{ questionId: string; learners: number; right: number }[]>`
      SELECT "questionId", count(*)::int AS learners,
        (count(*) FILTER (WHERE score >= 1))::int AS right
      FROM (SELECT DISTINCT ON ("userId", "questionId") "questionId", score
            FROM "CountedAnswer" WHERE "userId" IN (${users[0]!.id}, ${users[1]!.id})
            ORDER BY "userId", "questionId", seq) f
      GROUP BY "questionId"`;
    const after = await countsOf(easy.id, hard.id);
    for (const row of recount) {
      const b = before.get(row.questionId) ?? { learners: 0, firstRight: 0 };
      const a = after.get(row.questionId)!;
      expect({ learners: a.learners - b.learners, right: a.firstRight - b.firstRight }).toEqual({
        learners: row.learners,
        right: row.right,
      });
    }
    expect(recount.find((r) => r.questionId === easy.id)).toMatchObject({ learners: 2, right: 1 });
  });
});
