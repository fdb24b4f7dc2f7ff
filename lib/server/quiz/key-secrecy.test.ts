// Keys stay secret until answered (issue 11, item 8): an attacker with everything one learner
// can obtain tries to predict the keys of an open, timed exam.
import { describe, expect, test } from "vitest";
import { publicIdOf } from "@/lib/domain/questions/templates/context";
import type { PublicQuestion, Question, Response } from "@/lib/domain/questions/types";
import { createRng, sample, type Rng } from "@/lib/domain/random";
import type { QuizPlayerView } from "@/lib/domain/quiz/player-view";
import { exportMyData } from "@/lib/server/account/export-my-data";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { getQuizPlayerView } from "./get-quiz-player-view";
import { getQuizResults } from "./get-quiz-results";
import { saveQuizResponse } from "./save-quiz-response";
import { startQuiz, startRetryOfMissed } from "./start-quiz";
import { storedQuestions } from "./stored-json";
import { submitQuizAttempt } from "./submit-quiz-attempt";

const CHOICE_KINDS = ["single-choice", "which-programme", "true-false", "multiple-select"];
type ChoicePublic = Extract<
  PublicQuestion,
  { kind: "single-choice" | "which-programme" | "true-false" | "multiple-select" }
>;

async function started(result: Awaited<ReturnType<typeof startQuiz>>): Promise<string> {
  if (!result.ok) throw new Error(result.error);
  return result.data.attemptId;
}

async function playerView(userId: string, attemptId: string): Promise<QuizPlayerView> {
  const result = await getQuizPlayerView(userId, attemptId);
  if (result.status !== "playing") throw new Error(`attempt ${attemptId} is ${result.status}`);
  return result.view;
}

/** Any well-formed answer: the first option (the attacker only wants the feedback). */
function someAnswer(q: PublicQuestion): Response {
  switch (q.kind) {
    case "single-choice":
    case "which-programme":
      return { kind: q.kind, optionId: q.options[0]!.id };
    case "multiple-select":
      return { kind: q.kind, optionIds: q.options.slice(0, q.selectCount).map((o) => o.id) };
    case "true-false":
      return { kind: q.kind, value: true };
    case "cloze":
    case "short-answer":
      return { kind: q.kind, text: "partnership" };
    case "matching":
      return {
        kind: q.kind,
        pairs: q.left.map((l, i) => ({ leftId: l.id, rightId: q.right[i]!.id })),
      };
    case "ordering":
      return { kind: q.kind, itemIds: q.items.map((i) => i.id) };
  }
}

/** What the attacker has learned: questions with keys, by every id they were seen under. */
class Knowledge {
  readonly keyed = new Map<string, Question>();
  /** Stored-looking ids seen without a key (export rows). */
  readonly ids = new Set<string>();
  learn(q: Question) {
    this.keyed.set(q.id, q);
    this.keyed.set(q.publicId, q);
    this.ids.add(q.id);
  }
}

function textOf(q: Question, id: string): string | undefined {
  return "options" in q ? q.options.find((o) => o.id === id)?.text : undefined;
}

/** A known key carried over to the exam's question: by option id, else by option text. */
function translate(known: Question, target: ChoicePublic): Response | null {
  if (known.kind !== target.kind) return null;
  if (target.kind === "true-false" && known.kind === "true-false")
    return { kind: "true-false", value: known.answer };
  if (!("options" in target)) return null;
  const pick = (id: string) =>
    target.options.find((o) => o.id === id) ??
    target.options.find((o) => o.text === textOf(known, id));
  if (
    (known.kind === "single-choice" || known.kind === "which-programme") &&
    target.kind === known.kind
  ) {
    const option = pick(known.answer);
    return option ? { kind: target.kind, optionId: option.id } : null;
  }
  if (known.kind === "multiple-select" && target.kind === "multiple-select") {
    const options = known.answers.map(pick);
    return options.every(Boolean)
      ? { kind: "multiple-select", optionIds: options.map((o) => o!.id) }
      : null;
  }
  return null;
}

/** A stored id that names its key in its last segment (a variant or an option slug). */
function fromStoredId(id: string, target: ChoicePublic): Response | null {
  const last = id.split(":").at(-1)!;
  if (target.kind === "true-false")
    return last === "true" || last === "false"
      ? { kind: "true-false", value: last === "true" }
      : null;
  if (target.kind === "single-choice" || target.kind === "which-programme")
    return target.options.some((o) => o.id === last) ? { kind: target.kind, optionId: last } : null;
  return null;
}

type Strategy = "id-link" | "hash-link" | "hash-candidates" | "export-of-exam" | null;

/** Every way the attacker knows to tie an exam question to a key; null when none works. */
function predict(
  knowledge: Knowledge,
  target: ChoicePublic,
  examIdAtPosition: string | undefined,
): { response: Response; strategy: Strategy } | null {
  const linked = knowledge.keyed.get(target.publicId);
  const byLink = linked && translate(linked, target);
  if (byLink) return { response: byLink, strategy: "id-link" };
  for (const id of knowledge.ids) {
    if (publicIdOf(id) !== target.publicId) continue;
    const known = knowledge.keyed.get(id);
    const response = (known && translate(known, target)) ?? fromStoredId(id, target);
    if (response) return { response, strategy: "hash-link" };
  }
  // The reported attack: ids of the same template and fact with each visible option as the
  // variant, hashed as the public id is.
  const endings = [
    "true",
    "false",
    ...("options" in target ? target.options.map((o) => o.id) : []),
  ];
  for (const id of knowledge.ids) {
    const stem = id.split(":");
    for (const ending of endings) {
      for (const candidate of [
        [...stem.slice(0, -1), ending],
        [...stem, ending],
      ]) {
        if (publicIdOf(candidate.join(":")) !== target.publicId) continue;
        const response = fromStoredId(candidate.join(":"), target);
        if (response) return { response, strategy: "hash-candidates" };
      }
    }
  }
  if (examIdAtPosition) {
    const known = knowledge.keyed.get(examIdAtPosition);
    const response = (known && translate(known, target)) ?? fromStoredId(examIdAtPosition, target);
    if (response) return { response, strategy: "export-of-exam" };
  }
  return null;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** A blind guess, and the chance it is right. */
function guess(q: ChoicePublic, rng: Rng): { response: Response; chance: number } {
  switch (q.kind) {
    case "true-false":
      return { response: { kind: "true-false", value: rng.int(0, 1) === 1 }, chance: 0.5 };
    case "single-choice":
    case "which-programme":
      return {
        response: { kind: q.kind, optionId: q.options[rng.int(0, q.options.length - 1)]!.id },
        chance: 1 / q.options.length,
      };
    case "multiple-select": {
      return {
        response: {
          kind: q.kind,
          optionIds: sample(q.options, q.selectCount, rng).map((o) => o.id),
        },
        chance: 1 / binomial(q.options.length, q.selectCount),
      };
    }
  }
}

describe("answer keys stay secret until answered", () => {
  test("an attacker with all one learner can obtain does no better than chance", async () => {
    const user = await makeUser("attacker");
    const examId = await started(
      await startQuiz(
        user.id,
        { mode: "exam", timeLimitMinutes: 60, count: 40, kinds: CHOICE_KINDS },
        { seed: "secret-exam" },
      ),
    );
    const knowledge = new Knowledge();

    // Practice quizzes over the same kinds: every answer brings its feedback (key included).
    for (const seed of ["p1", "p2", "p3"]) {
      const id = await started(
        await startQuiz(user.id, { count: 50, kinds: CHOICE_KINDS }, { seed }),
      );
      const view = await playerView(user.id, id);
      for (const [position, q] of view.questions.entries()) {
        const saved = await saveQuizResponse(user.id, id, { position, response: someAnswer(q) });
        if (!saved.ok) throw new Error(saved.error);
        knowledge.learn(saved.data.feedback!.question);
      }
      // The same feedback again, as a reload shows it.
      for (const r of (await playerView(user.id, id)).responses)
        knowledge.learn(r.feedback!.question);
      await submitQuizAttempt(user.id, id);
      const results = await getQuizResults(user.id, id);
      if (results.status !== "submitted") throw new Error("not submitted");
      for (const item of results.results.items) knowledge.learn(item.question);
    }
    // A submitted exam of its own, and its results.
    const pastExam = await started(
      await startQuiz(user.id, { mode: "exam", count: 50, kinds: CHOICE_KINDS }, { seed: "e1" }),
    );
    await submitQuizAttempt(user.id, pastExam);
    const past = await getQuizResults(user.id, pastExam);
    if (past.status !== "submitted") throw new Error("not submitted");
    for (const item of past.results.items) knowledge.learn(item.question);

    // The data export: every attempt and answer row.
    const data = await exportMyData(user.id);
    for (const row of data.quizAttempts)
      for (const id of String(row.questionIds ?? "")
        .split(" ")
        .filter(Boolean))
        knowledge.ids.add(id);
    for (const row of data.quizResponses)
      if (row.questionId) knowledge.ids.add(String(row.questionId));
    const examRow = data.quizAttempts.find((row) => row.id === examId)!;
    const examIds = examRow.questionIds ? String(examRow.questionIds).split(" ") : [];

    // "Practise these" with the open exam's questions, and a retry of it: both refused.
    const practise = await startQuiz(user.id, {
      questionIds: examIds.length ? examIds : ["x"],
      count: 40,
    });
    if (practise.ok) {
      const view = await playerView(user.id, practise.data.attemptId);
      for (const [position, q] of view.questions.entries()) {
        const saved = await saveQuizResponse(user.id, practise.data.attemptId, {
          position,
          response: someAnswer(q),
        });
        if (saved.ok && saved.data.feedback) knowledge.learn(saved.data.feedback.question);
      }
    }
    expect(await startRetryOfMissed(user.id, examId)).toMatchObject({ ok: false });

    // The attack on the open exam, through its player view.
    const exam = await playerView(user.id, examId);
    const rng = createRng("attacker");
    let expected = 0;
    let variance = 0;
    const used: Record<string, number> = {};
    for (const [position, q] of exam.questions.entries()) {
      const target = q as ChoicePublic;
      const blind = guess(target, rng);
      expected += blind.chance;
      variance += blind.chance * (1 - blind.chance);
      const predicted = predict(knowledge, target, examIds[position]);
      const strategy = predicted?.strategy ?? "guess";
      used[strategy] = (used[strategy] ?? 0) + 1;
      const response = predicted?.response ?? blind.response;
      const saved = await saveQuizResponse(user.id, examId, { position, response });
      if (!saved.ok) throw new Error(saved.error);
      expect(saved.data.feedback).toBeUndefined();
    }
    await submitQuizAttempt(user.id, examId);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: examId } });
    const n = exam.questions.length;
    const bound = expected + 3 * Math.sqrt(variance) + 1;
    const right = row.correctCount!;
    console.log(
      `attacker: ${knowledge.keyed.size} ids with keys, ${knowledge.ids.size} stored ids; ` +
        `exam of ${n}: ${right} right (${Math.round((100 * right) / n)}%), ` +
        `chance ${expected.toFixed(1)} (${Math.round((100 * expected) / n)}%), ` +
        `bound ${bound.toFixed(1)}; strategies ${JSON.stringify(used)}`,
    );
    expect(n).toBe(40);
    expect(used.guess).toBe(n); // no strategy tied any exam question to a key
    expect(row.correctCount).toBeLessThanOrEqual(bound);
  }, 120_000);
});

/** Every string in a JSON value, with the key it sits under. */
function strings(value: unknown, key = ""): { key: string; value: string }[] {
  if (typeof value === "string") return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const ID_KEYS = new Set([
  "id",
  "publicId",
  "optionId",
  "optionIds",
  "leftId",
  "rightId",
  "itemIds",
]);

describe("the player view", () => {
  test("carries no stored id, option slug, template name or fact id", async () => {
    const user = await makeUser("view");
    const attemptId = await started(
      await startQuiz(user.id, { mode: "exam", count: 50 }, { seed: "view" }),
    );
    const first = await playerView(user.id, attemptId);
    for (const [position, q] of first.questions.slice(0, 10).entries())
      await saveQuizResponse(user.id, attemptId, { position, response: someAnswer(q) });
    const view = await playerView(user.id, attemptId);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    const stored = storedQuestions(row);
    expect(new Set(stored.map((q) => q.kind)).size).toBeGreaterThanOrEqual(7);

    const secret = new Set<string>();
    for (const q of stored) {
      for (const s of [q.id, q.publicId, q.tags.template, ...q.factIds]) secret.add(s);
      const choices =
        "options" in q ? q.options : q.kind === "matching" ? [...q.left, ...q.right] : [];
      for (const c of q.kind === "ordering" ? q.items : choices) secret.add(c.id);
    }
    const serialized = JSON.stringify(view);
    const found = strings(JSON.parse(serialized));
    const ids = found.filter((s) => ID_KEYS.has(s.key));
    expect(ids.length).toBeGreaterThan(100);
    // Ids are per-attempt HMACs; and no string anywhere is a stored id or slug, unless it is
    // text the learner reads anyway (an option "1994" shows 1994).
    for (const { value } of ids) expect(value).toMatch(/^[0-9a-f]{20}$/);
    const texts = new Set(found.filter((s) => !ID_KEYS.has(s.key)).map((s) => s.value));
    const leaked = found.filter((s) => secret.has(s.value) && !texts.has(s.value));
    expect(leaked).toEqual([]);
    for (const q of stored) expect(serialized).not.toContain(q.id);
    // The same question in another attempt shows other ids.
    const other = await started(
      await startQuiz(user.id, { mode: "exam", count: 50 }, { seed: "view" }),
    );
    const again = await playerView(user.id, other);
    expect(again.questions.map((q) => q.prompt)).toEqual(view.questions.map((q) => q.prompt));
    const otherIds = new Set(
      strings(again)
        .filter((s) => ID_KEYS.has(s.key))
        .map((s) => s.value),
    );
    expect(ids.filter((s) => otherIds.has(s.value))).toEqual([]);
  });

  test("the export lists an open attempt without its question ids", async () => {
    const user = await makeUser("export-open");
    const open = await started(await startQuiz(user.id, { mode: "exam" }, { seed: "open" }));
    const done = await started(await startQuiz(user.id, { mode: "exam" }, { seed: "done" }));
    for (const attemptId of [open, done]) {
      const view = await playerView(user.id, attemptId);
      await saveQuizResponse(user.id, attemptId, {
        position: 0,
        response: someAnswer(view.questions[0]!),
      });
    }
    await submitQuizAttempt(user.id, done);
    const data = await exportMyData(user.id);
    const attempt = (id: string) => data.quizAttempts.find((a) => a.id === id)!;
    const response = (id: string) => data.quizResponses.find((r) => r.attemptId === id)!;
    expect(attempt(open)).toMatchObject({ questionIds: null, questionCount: 10 });
    expect(response(open).questionId).toBeNull();
    expect(String(attempt(done).questionIds).split(" ")).toHaveLength(10);
    expect(response(done).questionId).toEqual(expect.any(String));
  });
});
