/**
 * Property tests (fast-check) for the invariants of the bank, presentation and grading,
 * run over the real content and over the fixture pack.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import type { ContentPack } from "@/content/schema";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { generateQuestionBank } from "./generate";
import { gradeResponse } from "./grade";
import { matchTypedAnswer, normalizeAnswer } from "./normalize";
import { presentQuestion, toPublicQuestion } from "./present";
import type { Question, Response } from "./types";

const real = loadContent();
const fixture = buildFixturePack();
const realBank = generateQuestionBank(real);
const fixtureBank = generateQuestionBank(fixture);
const allQuestions = [...realBank, ...fixtureBank];
const anyQuestion = fc.constantFrom(...allQuestions);

function correctResponse(q: Question): Response {
  switch (q.kind) {
    case "single-choice":
    case "which-programme":
      return { kind: q.kind, optionId: q.answer };
    case "multiple-select":
      return { kind: q.kind, optionIds: q.answers };
    case "true-false":
      return { kind: q.kind, value: q.answer };
    case "cloze":
      return { kind: q.kind, text: q.answers[0] ?? "" };
    case "short-answer":
      return { kind: q.kind, text: q.answer };
    case "matching":
      return { kind: q.kind, pairs: q.answer };
    case "ordering":
      return { kind: q.kind, itemIds: q.answer };
  }
}

/** A response that is wrong by construction (never produced by asking the grader). */
function wrongResponse(q: Question, pick: number): Response | null {
  const nth = <T>(items: T[]) => (items.length ? (items[pick % items.length] as T) : undefined);
  switch (q.kind) {
    case "single-choice":
    case "which-programme": {
      const other = nth(q.options.filter((o) => o.id !== q.answer));
      return other ? { kind: q.kind, optionId: other.id } : null;
    }
    case "multiple-select": {
      const wrong = nth(q.options.filter((o) => !q.answers.includes(o.id)));
      return {
        kind: q.kind,
        optionIds: pick % 2 ? q.answers.slice(1) : [...q.answers, wrong?.id ?? ""],
      };
    }
    case "true-false":
      return { kind: q.kind, value: !q.answer };
    case "cloze":
    case "short-answer": {
      const text = nth(q.rejected);
      return text === undefined ? { kind: q.kind, text: "" } : { kind: q.kind, text };
    }
    case "matching": {
      const rights = q.answer.map((p) => p.rightId);
      const shift = 1 + (pick % (rights.length - 1));
      return {
        kind: q.kind,
        pairs: q.answer.map((p, i) => ({
          leftId: p.leftId,
          rightId: rights[(i + shift) % rights.length] ?? "",
        })),
      };
    }
    case "ordering": {
      const shift = 1 + (pick % (q.answer.length - 1));
      return {
        kind: q.kind,
        itemIds: q.answer.map((_, i) => q.answer[(i + shift) % q.answer.length] ?? ""),
      };
    }
  }
}

describe("bank invariants", () => {
  test("ids and contents are stable across runs and loads", () => {
    expect(generateQuestionBank(loadContent())).toEqual(realBank);
    expect(generateQuestionBank(buildFixturePack())).toEqual(fixtureBank);
  });

  test("every option list contains its answers, without duplicates by id or by meaning", () => {
    fc.assert(
      fc.property(anyQuestion, (q) => {
        const lists =
          q.kind === "matching"
            ? [q.left, q.right]
            : q.kind === "ordering"
              ? [q.items]
              : "options" in q
                ? [q.options]
                : [];
        for (const list of lists) {
          expect(new Set(list.map((o) => o.id)).size).toBe(list.length);
          expect(new Set(list.map((o) => normalizeAnswer(o.text))).size).toBe(list.length);
        }
        const ids = new Set(lists.flat().map((o) => o.id));
        if (q.kind === "single-choice" || q.kind === "which-programme")
          expect(ids.has(q.answer)).toBe(true);
        if (q.kind === "multiple-select") for (const a of q.answers) expect(ids.has(a)).toBe(true);
        if (q.kind === "matching")
          for (const p of q.answer) expect(ids.has(p.leftId) && ids.has(p.rightId)).toBe(true);
        if (q.kind === "ordering")
          expect(q.answer.slice().sort()).toEqual(q.items.map((i) => i.id).sort());
      }),
      { numRuns: 500 },
    );
  });

  test("only the declared answers are correct: no distractor is an answer or fits the clue", () => {
    const alsoTrue = new Map(
      [...real.programmes, ...fixture.programmes].flatMap((p) =>
        p.facts.map((f) => [f.id, f.alsoTrueOf]),
      ),
    );
    fc.assert(
      fc.property(anyQuestion, (q) => {
        if (q.kind === "single-choice" || q.kind === "multiple-select") {
          const answers = q.kind === "single-choice" ? [q.answer] : q.answers;
          const answerKeys = new Set(
            q.options.filter((o) => answers.includes(o.id)).map((o) => normalizeAnswer(o.text)),
          );
          for (const o of q.options)
            if (!answers.includes(o.id))
              expect(answerKeys.has(normalizeAnswer(o.text))).toBe(false);
          expect(q.options.length - answers.length).toBeGreaterThanOrEqual(1);
        }
        if (q.kind === "which-programme")
          for (const o of q.options)
            if (o.id !== q.answer)
              expect(alsoTrue.get(q.factIds[0] ?? "") ?? []).not.toContain(o.id);
        if (q.kind === "short-answer" || q.kind === "cloze") {
          const accepted = q.kind === "cloze" ? q.answers : q.accepted;
          for (const r of q.rejected)
            expect(accepted.map(normalizeAnswer)).not.toContain(normalizeAnswer(r));
        }
      }),
      { numRuns: 500 },
    );
  });

  test("grading the correct response gives full marks and a wrong one less", () => {
    fc.assert(
      fc.property(anyQuestion, fc.nat(), (q, pick) => {
        const right = gradeResponse(q, correctResponse(q));
        expect(right.score).toBe(1);
        expect(right.correct).toBe(true);
        const wrong = wrongResponse(q, pick);
        if (!wrong) return;
        const graded = gradeResponse(q, wrong);
        expect(graded.score).toBeLessThan(1);
        expect(graded.correct).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  test("typed answers accept every listed form in any case and spacing", () => {
    fc.assert(
      fc.property(
        anyQuestion.filter((q) => q.kind === "short-answer" || q.kind === "cloze"),
        fc.nat(),
        fc.boolean(),
        (q, pick, upper) => {
          const accepted =
            q.kind === "cloze" ? q.answers : q.kind === "short-answer" ? q.accepted : [];
          const form = accepted[pick % accepted.length] ?? "";
          const typed = `  ${upper ? form.toUpperCase() : form.toLowerCase()}  `.replace(
            / /g,
            "  ",
          );
          expect(gradeResponse(q, { kind: q.kind as "cloze", text: typed }).score).toBe(1);
        },
      ),
    );
  });
});

describe("presentation", () => {
  test("the same seed gives the same presentation, a permutation that grades the same", () => {
    fc.assert(
      fc.property(anyQuestion, fc.string(), (q, seed) => {
        const a = presentQuestion(q, seed);
        expect(presentQuestion(q, seed)).toEqual(a);
        const sorted = (x: Question) =>
          JSON.stringify({
            ...x,
            ...("options" in x
              ? { options: [...x.options].sort((m, n) => (m.id < n.id ? -1 : 1)) }
              : {}),
            ...(x.kind === "matching"
              ? {
                  left: [...x.left].sort((m, n) => (m.id < n.id ? -1 : 1)),
                  right: [...x.right].sort((m, n) => (m.id < n.id ? -1 : 1)),
                }
              : {}),
            ...(x.kind === "ordering"
              ? { items: [...x.items].sort((m, n) => (m.id < n.id ? -1 : 1)) }
              : {}),
          });
        expect(sorted(a)).toBe(sorted(q));
        expect(gradeResponse(a, correctResponse(q)).score).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  test("seeds really shuffle", () => {
    const q = allQuestions.find((x) => x.kind === "single-choice" && x.options.length >= 4);
    if (!q || q.kind !== "single-choice") throw new Error("no single-choice question");
    const orders = new Set(
      Array.from({ length: 30 }, (_, i) => {
        const p = presentQuestion(q, `seed-${i}`);
        return p.kind === "single-choice" ? p.options.map((o) => o.id).join() : "";
      }),
    );
    expect(orders.size).toBeGreaterThan(5);
  });

  test("never shows an ordering solved or a matching fully aligned", () => {
    fc.assert(
      fc.property(
        anyQuestion.filter((q) => q.kind === "ordering" || q.kind === "matching"),
        fc.string(),
        (q, seed) => {
          const p = presentQuestion(q, seed);
          if (p.kind === "ordering") expect(p.items.map((i) => i.id)).not.toEqual(p.answer);
          if (p.kind === "matching") {
            const partner = new Map(p.answer.map((x) => [x.leftId, x.rightId]));
            expect(p.left.every((l, i) => partner.get(l.id) === p.right[i]?.id)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("the public question has no answer key, explanation, sources, tags or readable id", () => {
    fc.assert(
      fc.property(anyQuestion, fc.string(), (q, seed) => {
        const pub = toPublicQuestion(presentQuestion(q, seed));
        const json = JSON.stringify(pub);
        for (const key of [
          "answer",
          "answers",
          "accepted",
          "rejected",
          "explanation",
          "sources",
          "tags",
          "factIds",
        ])
          expect(json).not.toContain(`"${key}"`);
        expect(Object.keys(pub)).not.toContain("id");
        expect(json).not.toContain(q.id);
        expect(pub.publicId).toBe(q.publicId);
        if (q.kind === "multiple-select" && pub.kind === "multiple-select")
          expect(pub.selectCount).toBe(q.answers.length);
      }),
      { numRuns: 300 },
    );
  });
});

function editFact(
  pack: ContentPack,
  factId: string,
  edit: (fact: Record<string, unknown>) => void,
): ContentPack {
  const copy = structuredClone(pack);
  for (const p of copy.programmes)
    for (const f of p.facts) if (f.id === factId) edit(f as unknown as Record<string, unknown>);
  return copy;
}

function renameFact(pack: ContentPack, from: string, to: string): ContentPack {
  const copy = structuredClone(pack);
  const r = (id: string) => (id === from ? to : id);
  for (const p of copy.programmes) {
    for (const f of p.facts) f.id = r(f.id);
    p.summary.facts = p.summary.facts.map(r);
    if (p.acronymFact) p.acronymFact = r(p.acronymFact);
    for (const d of p.dates) d.fact = r(d.fact);
    for (const list of [p.aims, p.areas, p.participants])
      for (const i of list?.items ?? []) i.fact = r(i.fact);
    for (const d of p.differences) d.facts = d.facts.map(r);
  }
  return copy;
}

describe("edits stay local", () => {
  const factIds = real.programmes.flatMap((p) => p.facts.map((f) => f.id));
  const before = new Map(realBank.map((q) => [q.id, q]));

  test("editing a fact's wording changes only the questions built from that fact, no id", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...factIds),
        fc.string({ minLength: 1, maxLength: 8 }),
        (factId, suffix) => {
          const edited = generateQuestionBank(
            editFact(real, factId, (f) => {
              f.statement = `${f.statement as string} (${suffix})`;
              if (typeof f.clue === "string") f.clue = `${f.clue} (${suffix})`;
            }),
          );
          expect(edited.map((q) => q.id)).toEqual(realBank.map((q) => q.id));
          for (const q of edited)
            if (JSON.stringify(q) !== JSON.stringify(before.get(q.id)))
              expect(q.factIds, q.id).toContain(factId);
        },
      ),
      { numRuns: 40 },
    );
  });

  test("renaming one fact id changes only the ids of questions built from that fact", () => {
    fc.assert(
      fc.property(fc.constantFrom(...factIds), (factId) => {
        const renamed = generateQuestionBank(renameFact(real, factId, `${factId}-renamed`));
        const oldIds = new Set(realBank.map((q) => q.id));
        const newIds = new Set(renamed.map((q) => q.id));
        for (const q of realBank) if (!newIds.has(q.id)) expect(q.factIds, q.id).toContain(factId);
        for (const q of renamed)
          if (!oldIds.has(q.id)) expect(q.factIds, q.id).toContain(`${factId}-renamed`);
        expect(renamed.length).toBe(realBank.length);
      }),
      { numRuns: 30 },
    );
  });

  test("a typed answer never accepts another programme's name for a short answer", () => {
    for (const q of realBank)
      if (q.kind === "short-answer")
        for (const r of q.rejected)
          expect(matchTypedAnswer(r, q.accepted, q.rejected).ok, `${q.id}: ${r}`).toBe(false);
  });
});
