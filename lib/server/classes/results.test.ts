import { describe, expect, test } from "vitest";
import {
  MIN_LEARNERS_FOR_DISCRIMINATION,
  judgeDiscrimination,
} from "@/lib/domain/classes/item-analysis";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import type { Question } from "@/lib/domain/questions/types";
import { wrongResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { exportGradebookCsv, GRADEBOOK_HEADER } from "./export-gradebook-csv";
import { exportItemAnalysisCsv, ITEM_ANALYSIS_HEADER } from "./export-item-analysis-csv";
import { getAssignmentResults } from "./get-assignment-results";
import { getItemAnalysis } from "./get-item-analysis";
import { getLearnerAssignmentWork } from "./get-learner-assignment-work";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import {
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeQuizSet,
  minutesAfter,
  sitAttempt,
  storedQuestions,
  unwrap,
} from "./test-fixtures";

/** A minimal RFC 4180 reader for checking our own CSV output. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.slice(1);
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && body[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

function wrongText(question: Question): string {
  const response = wrongResponse(question);
  if (response.kind === "true-false") return response.value ? "True" : "False";
  if (response.kind === "single-choice" && question.kind === "single-choice")
    return question.options.find((o) => o.id === response.optionId)!.text;
  throw new Error(`unexpected kind ${question.kind}`);
}

/*
 * The hand-computed fixture of lib/domain/classes/item-analysis.test.ts, played for real:
 * four learners' FIRST attempts at a fixed 5-question set (single-choice and true/false, so
 * every score is 0 or 1), questions 4 and 5 left blank by everyone.
 *            q1 q2 q3 q4 q5
 *   ann       1  1  1  -  -     (then a second attempt, all wrong: not analysed)
 *   ben       1  1  0  -  -
 *   cat       1  0  0  -  -
 *   dan       0  0  0  -  -
 * Facility q1..q5 = .75, .5, .25, 0, 0; discrimination = .522233, .707107, .522233, null, null
 * (q4 and q5 have no variance). eve joined but never started.
 */
async function playedAssignment() {
  const owner = await makeInstructor();
  const cls = await makeClass(owner, "Partnerships 101");
  const set = await makeQuizSet(owner, { name: "Week 1" });
  const a = await assign(owner, cls.id, set.id, { attemptsAllowed: 3 });
  const [ann, ben, cat, dan, eve] = await Promise.all(
    ["ann", "ben", "cat", "dan", "eve"].map((l) => addMember(cls.joinCode, l)),
  );
  const firstAnn = await sitAttempt(ann!, a.id, [true, true, true, null, null], WHILE_OPEN, 10);
  const secondAnn = await sitAttempt(
    ann!,
    a.id,
    [false, false, false, false, false],
    minutesAfter(WHILE_OPEN, 30),
    10,
  );
  const attempts = {
    ann: firstAnn,
    ben: await sitAttempt(
      ben!,
      a.id,
      [true, true, false, null, null],
      minutesAfter(WHILE_OPEN, 60),
      5,
    ),
    cat: await sitAttempt(
      cat!,
      a.id,
      [true, false, false, null, null],
      minutesAfter(WHILE_OPEN, 60),
      7,
    ),
    dan: await sitAttempt(
      dan!,
      a.id,
      [false, false, false, null, null],
      minutesAfter(WHILE_OPEN, 60),
      3,
    ),
  };
  const now = minutesAfter(WHILE_OPEN, 120);
  return {
    owner,
    cls,
    set,
    a,
    ann: ann!,
    ben: ben!,
    cat: cat!,
    dan: dan!,
    eve: eve!,
    attempts,
    secondAnn,
    now,
  };
}

describe("results per assignment", () => {
  test("the roster: status, best and last score, attempts, time spent", async () => {
    const w = await playedAssignment();
    const results = unwrap(await getAssignmentResults(w.owner, w.a.id, w.now));
    expect(
      results.roster.map((r) => [
        r.name,
        r.status,
        r.attemptsUsed,
        r.bestScore,
        r.lastScore,
        r.timeSpentSeconds,
      ]),
    ).toEqual([
      ["ann", "done", 2, 0.6, 0, 1200],
      ["ben", "done", 1, 0.4, 0.4, 300],
      ["cat", "done", 1, 0.2, 0.2, 420],
      ["dan", "done", 1, 0, 0, 180],
      ["eve", "to-do", 0, null, null, 0],
    ]);
    expect(results.counts).toEqual({ upcoming: 0, "to-do": 1, done: 4, late: 0, "done-late": 0 });
    expect(results.meanBestScore).toBeCloseTo((0.6 + 0.4 + 0.2 + 0) / 4, 10);
    expect(results.assignment).toMatchObject({
      id: w.a.id,
      className: "Partnerships 101",
      set: { name: "Week 1", kind: "quiz" },
    });
  });

  test("an attempt under way shows in progress, its answers hidden until submitted", async () => {
    const w = await playedAssignment();
    const started = unwrap(await startAssignmentAttempt(w.eve, w.a.id, { now: w.now }));
    const eve = unwrap(await getAssignmentResults(w.owner, w.a.id, w.now)).roster.find(
      (r) => r.name === "eve",
    )!;
    expect(eve).toMatchObject({
      status: "to-do",
      inProgress: true,
      attemptsUsed: 1,
      bestScore: null,
    });
    const work = unwrap(await getLearnerAssignmentWork(w.owner, w.a.id, w.eve.id, w.now));
    expect(work.attempts).toEqual([
      expect.objectContaining({ id: started.attemptId, status: "IN_PROGRESS", items: [] }),
    ]);
  });

  test("one learner's work: each attempt with every question, answer and grade", async () => {
    const w = await playedAssignment();
    const work = unwrap(await getLearnerAssignmentWork(w.owner, w.a.id, w.ann.id, w.now));
    expect(work).toMatchObject({
      learner: { userId: w.ann.id, name: "ann" },
      status: "done",
      bestScore: 0.6,
      lastScore: 0,
    });
    expect(work.attempts.map((a) => a.id)).toEqual([w.attempts.ann, w.secondAnn]);
    const [first, second] = work.attempts;
    expect(first!.items.map((i) => [i.correct, i.score])).toEqual([
      [true, 1],
      [true, 1],
      [true, 1],
      [false, null],
      [false, null],
    ]);
    expect(first!.items[3]!.answerText).toBe("(no answer)");
    const questions = await storedQuestions(w.secondAnn);
    expect(second!.items.map((i) => i.answerText)).toEqual(questions.map(wrongText));
    expect(
      second!.items.every((i) => i.detail !== null && i.question.id === questions[i.position]!.id),
    ).toBe(true);
  });
});

describe("item analysis on real attempts", () => {
  test("first attempts only; facility, discrimination, wrong answers as done by hand", async () => {
    const w = await playedAssignment();
    const analysis = unwrap(await getItemAnalysis(w.owner, w.a.id, w.now));
    expect(analysis).toMatchObject({
      attemptPolicy: "first-submitted",
      learners: 4,
      setName: "Week 1",
    });
    const setIds = (await storedQuestions(w.attempts.ann)).map((q) => q.id);
    expect(analysis.items.map((i) => i.questionId)).toEqual(setIds);
    const expected: [number, number, number | null][] = [
      [0.75, 3, 0.522233],
      [0.5, 2, 0.707107],
      [0.25, 1, 0.522233],
      [0, 0, null],
      [0, 0, null],
    ];
    analysis.items.forEach((item, i) => {
      const [facility, correctCount, discrimination] = expected[i]!;
      expect(item).toMatchObject({ number: i + 1, count: 4, correctCount });
      expect(item.facility).toBeCloseTo(facility, 10);
      if (discrimination === null) expect(item.discrimination).toBeNull();
      else expect(item.discrimination).toBeCloseTo(discrimination, 6);
    });

    // Wrong answers are shown as text, whatever each learner's option order.
    const questionsOf = async (id: string) => storedQuestions(id);
    const [benQs, catQs, danQs] = await Promise.all(
      [w.attempts.ben, w.attempts.cat, w.attempts.dan].map(questionsOf),
    );
    const tally = (texts: string[]) =>
      texts.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    const asMap = (list: { answer: string; count: number }[]) =>
      new Map(list.map((x) => [x.answer, x.count]));
    expect(asMap(analysis.items[0]!.wrongAnswers)).toEqual(tally([wrongText(danQs![0]!)]));
    expect(asMap(analysis.items[2]!.wrongAnswers)).toEqual(
      tally([benQs![2]!, catQs![2]!, danQs![2]!].map(wrongText)),
    );
    expect(analysis.items[3]!.wrongAnswers).toEqual([{ answer: "(no answer)", count: 4 }]);
    expect(analysis.items[0]!.text.length).toBeGreaterThan(10);
  });

  test("a flashcard assignment has no item analysis (409)", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    const a = await assign(owner, cls.id, set.id);
    expect(await getItemAnalysis(owner, a.id)).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("CSV exports", () => {
  test("the gradebook: a header and one row per member, formulas defused", async () => {
    const w = await playedAssignment();
    await db.user.update({
      where: { id: w.dan.id },
      data: { name: '=HYPERLINK("http://evil.example","dan")' },
    });
    const file = unwrap(await exportGradebookCsv(w.owner, w.a.id, w.now));
    expect(file.filename).toBe("gradebook-partnerships-101-week-1-2026-03-05.csv");
    const rows = parseCsv(file.csv);
    expect(rows[0]).toEqual([...GRADEBOOK_HEADER]);
    expect(rows).toHaveLength(6);
    const ann = rows.find((r) => r[0] === "ann")!;
    expect(ann).toEqual([
      "ann",
      w.ann.email,
      "done",
      "2",
      "60",
      "0",
      "0",
      "20",
      minutesAfter(WHILE_OPEN, 40).toISOString(),
      "",
      "",
    ]);
    const eve = rows.find((r) => r[0] === "eve")!;
    expect(eve).toEqual(["eve", w.eve.email, "to-do", "0", "", "", "0", "0", "", "", ""]);
    const dan = rows.find((r) => r[1] === w.dan.email)!;
    expect(dan[0]).toBe(`'=HYPERLINK("http://evil.example","dan")`);
  });

  test("the item analysis: one row per question with its figures and wrong answers", async () => {
    const w = await playedAssignment();
    const file = unwrap(await exportItemAnalysisCsv(w.owner, w.a.id, w.now));
    expect(file.filename).toBe("item-analysis-week-1-2026-03-05.csv");
    const rows = parseCsv(file.csv);
    expect(rows[0]).toEqual([...ITEM_ANALYSIS_HEADER]);
    expect(rows).toHaveLength(6);
    const asked = await storedQuestions(w.attempts.ann);
    const ids = asked.map((q) => q.id);
    // The type in the page's words ("True or false"), not the internal kind ("true-false").
    expect(rows.slice(1).map((r) => r[2])).toEqual(asked.map((q) => KIND_LABELS[q.kind]));
    // Four learners: the discrimination cell is empty, as the page says "not enough data".
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ["1", ids[0], "4", "3", "75", ""],
      ["2", ids[1], "4", "2", "50", ""],
      ["3", ids[2], "4", "1", "25", ""],
      ["4", ids[3], "4", "0", "0", ""],
      ["5", ids[4], "4", "0", "0", ""],
    ]);
    expect(rows[4]!.slice(8)).toEqual(["(no answer)", "4", "", "", "", ""]);
  });

  test("discrimination: empty below the page's threshold of learners, then a figure", async () => {
    const w = await playedAssignment();
    const discrimination = async () =>
      parseCsv(unwrap(await exportItemAnalysisCsv(w.owner, w.a.id, w.now)).csv)
        .slice(1)
        .map((r) => r[7]);
    const items = async () => unwrap(await getItemAnalysis(w.owner, w.a.id, w.now)).items;
    // One learner short of the threshold, the index is computed (the page hides it too)...
    const short = await items();
    expect(short.map((i) => i.count)).toEqual(Array(5).fill(MIN_LEARNERS_FOR_DISCRIMINATION - 1));
    expect(short.filter((i) => i.discrimination !== null)).not.toHaveLength(0);
    expect(short.map((i) => judgeDiscrimination(i))).toEqual(Array(5).fill("not-enough-data"));
    expect(await discrimination()).toEqual(Array(5).fill(""));

    // ...and with the threshold's learner, the file gives it as the page does.
    await sitAttempt(
      w.eve,
      w.a.id,
      [true, true, true, true, false],
      minutesAfter(WHILE_OPEN, 90),
      5,
    );
    const enough = await items();
    expect(enough.map((i) => i.count)).toEqual(Array(5).fill(MIN_LEARNERS_FOR_DISCRIMINATION));
    expect(await discrimination()).toEqual(
      enough.map((i) =>
        i.discrimination === null ? "" : String(Math.round(i.discrimination * 1000) / 1000),
      ),
    );
    expect(enough.filter((i) => i.discrimination !== null)).not.toHaveLength(0);
  });
});
