/**
 * Table-driven tests per template on a small fixture pack, so expectations do not depend on
 * the real content: every template produces questions, and each question obeys its rule.
 */
import { describe, expect, test } from "vitest";
import { ENTRY_SECTIONS } from "@/content/schema";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { generateQuestionBank } from "./generate";
import { normalizeAnswer } from "./normalize";
import type { Choice, Question, QuestionOfKind } from "./types";

const pack = buildFixturePack();
const bank = generateQuestionBank(pack);
const facts = new Map(
  pack.programmes.flatMap((p) => p.facts.map((f) => [f.id, { fact: f, programme: p }] as const)),
);
const programmes = new Map(pack.programmes.map((p) => [p.id, p]));
const entries = new Map(
  pack.programmes.flatMap((p) =>
    ENTRY_SECTIONS.flatMap((s) => p[s].map((e) => [e.id, e] as const)),
  ),
);
const poolValues = new Set(pack.pools.flatMap((p) => p.values));
const byTemplate = (template: string) => bank.filter((q) => q.tags.template === template);
const textOf = (options: Choice[], id: string) => options.find((o) => o.id === id)?.text;
const wrongTexts = (q: { options: Choice[] }, answers: string[]) =>
  q.options.filter((o) => !answers.includes(o.id)).map((o) => o.text);
const as = <K extends Question["kind"]>(q: Question, kind: K): QuestionOfKind<K> => {
  expect(q.kind).toBe(kind);
  return q as QuestionOfKind<K>;
};

const TEMPLATES: Array<[string, (q: Question) => void]> = [
  [
    "single-choice.authored",
    (q) => {
      const s = as(q, "single-choice");
      expect(textOf(s.options, s.answer)).toBe(facts.get(s.factIds[0] ?? "")?.fact.choice?.answer);
      // "Noise" and "noise!" are one value: at most one of them is offered.
      expect(
        s.options.filter((o) => normalizeAnswer(o.text) === "noise").length,
      ).toBeLessThanOrEqual(1);
    },
  ],
  [
    "single-choice.year",
    (q) => {
      const s = as(q, "single-choice");
      const event = pack.programmes.flatMap((p) => p.dates).find((d) => d.fact === s.factIds[0]);
      expect(textOf(s.options, s.answer)).toBe(String(event?.year));
      expect(wrongTexts(s, [s.answer])).not.toContain(String(event?.year));
      expect(s.prompt).toContain("___");
    },
  ],
  [
    "multiple-select.aims",
    (q) => {
      const m = as(q, "multiple-select");
      expect(m.answers.map((id) => textOf(m.options, id)).sort()).toEqual(["Calm", "Trust"]);
      for (const text of wrongTexts(m, m.answers)) expect(poolValues.has(text)).toBe(true);
    },
  ],
  [
    "multiple-select.participants",
    (q) => {
      const m = as(q, "multiple-select");
      expect(m.answers.map((id) => textOf(m.options, id)).sort()).toEqual([
        "Freedonia",
        "Sylvania",
      ]);
    },
  ],
  [
    "multiple-select.authored",
    (q) => {
      const m = as(q, "multiple-select");
      expect(m.answers).toHaveLength(
        facts.get(m.factIds[0] ?? "")?.fact.select?.answers.length ?? -1,
      );
    },
  ],
  [
    "true-false.statement",
    (q) => {
      const t = as(q, "true-false");
      const fact = facts.get(t.factIds[0] ?? "")?.fact;
      expect(t.answer).toBe(true);
      expect(t.statement).toBe(fact?.statement);
      // Only facts with a note, and the explanation is the note, not the statement again.
      expect(t.explanation.startsWith(`True. ${fact?.note}`)).toBe(true);
    },
  ],
  [
    "true-false.false-statement",
    (q) => {
      const t = as(q, "true-false");
      const fact = facts.get(t.factIds[0] ?? "")?.fact;
      const wrong = fact?.falseStatements.find((f) => f.text === t.statement);
      expect(t.answer).toBe(false);
      expect(wrong).toBeDefined();
      // The fact, then why the misreading tempts.
      expect(t.explanation).toContain(`False. ${fact?.statement} ${wrong?.tempting}`);
    },
  ],
  [
    "true-false.wrong-year",
    (q) => {
      const t = as(q, "true-false");
      const event = pack.programmes.flatMap((p) => p.dates).find((d) => d.fact === t.factIds[0]);
      expect(t.answer).toBe(false);
      expect(t.statement).not.toContain(String(event?.year));
      expect(t.statement).toMatch(/\d{4}/);
      // The wrong year is one that marks another milestone, and the explanation says which.
      expect(t.explanation).toMatch(/The year \d{4} marks another event\. \S/);
      // The explanation's other event is cited with the question's own fact.
      const wrongYear = t.statement.match(/\d{4}/)?.[0];
      const marked = pack.programmes
        .flatMap((p) => p.dates)
        .find((d) => String(d.year) === wrongYear && d.fact !== event?.fact);
      expect(t.factIds).toEqual(marked ? [event?.fact, marked.fact] : [event?.fact]);
    },
  ],
  [
    "cloze.fact",
    (q) => {
      const c = as(q, "cloze");
      const cloze = facts.get(c.factIds[0] ?? "")?.fact.cloze;
      expect(`${c.before}___${c.after}`).toBe(cloze?.text);
      expect(c.answers).toEqual(cloze?.answers);
      expect(c.rejected).toEqual(cloze?.reject);
    },
  ],
  [
    "which-programme.clue",
    (q) => {
      const w = as(q, "which-programme");
      const { fact, programme } = facts.get(w.factIds[0] ?? "") ?? {};
      expect(w.answer).toBe(programme?.id);
      expect(w.description).toBe(fact?.clue);
      expect(w.options.length).toBeGreaterThanOrEqual(3);
      for (const o of w.options) {
        expect(programmes.get(o.id)?.group).toBe(programme?.group);
        if (o.id !== w.answer) expect(fact?.alsoTrueOf).not.toContain(o.id);
      }
    },
  ],
  [
    "short-answer.clue",
    (q) => {
      const s = as(q, "short-answer");
      const { fact, programme } = facts.get(s.factIds[0] ?? "") ?? {};
      expect(fact?.alsoTrueOf).toEqual([]);
      expect(s.accepted).toContain(programme?.name);
      if (programme?.acronym) expect(s.accepted).toContain(programme.acronym);
      for (const sibling of pack.programmes.filter(
        (p) => p.group === programme?.group && p.id !== programme?.id,
      ))
        expect(s.rejected).toContain(sibling.name);
    },
  ],
  [
    "matching.clues",
    (q) => {
      const m = as(q, "matching");
      expect(m.answer.length).toBeGreaterThanOrEqual(3);
      const chosen = m.factIds.map((id) => facts.get(id));
      for (const entry of chosen)
        for (const other of chosen)
          if (entry !== other) expect(entry?.fact.alsoTrueOf).not.toContain(other?.programme.id);
      for (const pair of m.answer) {
        const right = textOf(m.right, pair.rightId);
        const left = textOf(m.left, pair.leftId);
        const owner = chosen.find((c) => c?.fact.clue === right);
        expect(left?.startsWith(owner?.programme.name ?? "?")).toBe(true);
      }
    },
  ],
  [
    "matching.years",
    (q) => {
      const m = as(q, "matching");
      const years = m.right.map((r) => r.text);
      expect(new Set(years).size).toBe(years.length);
      expect(m.answer.length).toBeGreaterThanOrEqual(3);
    },
  ],
  [
    "ordering.chronology",
    (q) => {
      const o = as(q, "ordering");
      const events = pack.programmes.flatMap((p) => p.dates);
      const years = o.answer.map(
        (id) => events.find((e) => e.event === textOf(o.items, id))?.year ?? NaN,
      );
      expect(years).toEqual(years.slice().sort((a, b) => a - b));
      expect(new Set(years).size).toBe(years.length);
    },
  ],
  [
    "single-choice.reason",
    (q) => {
      const s = as(q, "single-choice");
      const e = entries.get(s.id.split(":")[2] ?? "");
      expect(s.level).toBe("understand");
      expect(textOf(s.options, s.answer)).toBe(e?.choice?.answer);
      expect(wrongTexts(s, [s.answer]).sort()).toEqual(e?.choice?.distractors.slice().sort());
      expect(s.options.every((o) => o.category === "reason")).toBe(true);
      expect(s.explanation.startsWith(e?.explain ?? "?")).toBe(true);
    },
  ],
  [
    "which-programme.case",
    (q) => {
      const w = as(q, "which-programme");
      const e = entries.get(w.id.split(":")[2] ?? "");
      expect(w.level).toBe("apply");
      expect(w.description).toBe(e?.format?.situation);
      expect(w.answer).toBe(e?.format?.answer);
      expect(w.options.map((o) => o.id).sort()).toEqual(
        [e?.format?.answer, ...(e?.format?.distractors ?? [])].sort(),
      );
    },
  ],
  [
    "short-answer.case",
    (q) => {
      const s = as(q, "short-answer");
      const e = entries.get(s.id.split(":")[2] ?? "");
      expect(s.level).toBe("apply");
      expect(s.prompt.startsWith(e?.typed?.situation ?? "?")).toBe(true);
      expect(s.accepted).toContain(programmes.get(e?.typed?.answer ?? "")?.name);
      expect(s.rejected).toContain("Alpha Programme");
    },
  ],
  [
    "matching.comparison",
    (q) => {
      const m = as(q, "matching");
      const e = entries.get(m.id.split(":")[2] ?? "");
      expect(m.level).toBe("compare");
      for (const pair of m.answer) {
        const item = e?.pairs?.items.find((i) => i.left === textOf(m.left, pair.leftId));
        expect(textOf(m.right, pair.rightId)).toBe(item?.right);
      }
      expect(m.tags.programmeIds).toEqual(["gamma", "delta"]);
    },
  ],
  [
    "true-false.comparison",
    (q) => {
      const t = as(q, "true-false");
      expect(t.level).toBe("compare");
      expect(t.answer).toBe(true);
      expect(t.explanation.startsWith("True. ")).toBe(true);
    },
  ],
  [
    "true-false.misconception",
    (q) => {
      const t = as(q, "true-false");
      const e = entries.get(t.id.split(":")[2] ?? "");
      expect(t.level).toBe("misconception");
      expect(t.answer).toBe(false);
      // The correct statement, then why the wrong belief tempts; it cites a reference.
      expect(t.explanation).toContain(`False. ${e?.explain} ${e?.tempting}`);
      expect(t.scope).toBe("background");
      expect(t.beyondSource).toBe(true);
    },
  ],
];

describe.each(TEMPLATES)("template %s", (template, check) => {
  const questions = byTemplate(template);
  test("produces questions from the fixture, at recall unless hand-written", () => {
    expect(questions.length).toBeGreaterThan(0);
  });
  test.each(questions.map((q) => [q.id, q]))("%s", (_id, q) => {
    expect(q.id.startsWith(`${template}:`)).toBe(true);
    check(q);
  });
});

test("every template in the bank is covered by this table", () => {
  const tested = new Set(TEMPLATES.map(([t]) => t));
  expect([...new Set(bank.map((q) => q.tags.template))].filter((t) => !tested.has(t))).toEqual([]);
});

test("a clue shared with a sibling: no short answer, and the sibling is never a distractor", () => {
  expect(bank.some((q) => q.id === "short-answer.clue:gamma:gamma-formats")).toBe(false);
  const which = bank.find((q) => q.id === "which-programme.clue:gamma:gamma-formats");
  expect(which?.kind === "which-programme" && which.options.map((o) => o.id)).not.toContain(
    "delta",
  );
});

test("questions resting on a beyond-source fact are flagged", () => {
  const q = bank.find((x) => x.id === "which-programme.clue:delta:delta-extra");
  expect(q?.beyondSource).toBe(true);
  expect(bank.find((x) => x.id === "which-programme.clue:delta:delta-start")?.beyondSource).toBe(
    false,
  );
});
