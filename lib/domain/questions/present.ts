/**
 * Presentation for the learner:
 * - presentQuestion shuffles options, items and both matching columns with a PRNG seeded by
 *   (seed, question id): the same seed always gives the same quiz, and questions are shuffled
 *   independently of each other. An ordering is never shown already solved and a matching
 *   never shown with every right item aligned with its left item.
 * - toPublicQuestion keeps only what is needed to answer: no answer key, explanation, sources,
 *   tags, fact ids or readable id (it names the programme and the fact).
 */
import { createRng, shuffle } from "@/lib/domain/random";
import type { Choice, PublicQuestion, Question } from "./types";

function rotate<T>(items: T[]): T[] {
  return items.length < 2 ? items : [...items.slice(1), items[0] as T];
}

export function presentQuestion(q: Question, seed: string): Question {
  const rng = createRng(`${seed}|${q.id}`);
  switch (q.kind) {
    case "single-choice":
    case "multiple-select":
    case "which-programme":
      return { ...q, options: shuffle(q.options, rng) };
    case "ordering": {
      let items = shuffle(q.items, rng);
      if (items.every((item, i) => item.id === q.answer[i])) items = rotate(items);
      return { ...q, items };
    }
    case "matching": {
      const left = shuffle(q.left, rng);
      let right = shuffle(q.right, rng);
      const partner = new Map(q.answer.map((p) => [p.leftId, p.rightId]));
      if (left.every((l, i) => partner.get(l.id) === right[i]?.id)) right = rotate(right);
      return { ...q, left, right };
    }
    case "true-false":
    case "cloze":
    case "short-answer":
      return q;
  }
}

const copy = (choices: Choice[]) => choices.map((c) => ({ id: c.id, text: c.text }));

export function toPublicQuestion(q: Question): PublicQuestion {
  const base = {
    publicId: q.publicId,
    prompt: q.prompt,
    difficulty: q.difficulty,
    beyondSource: q.beyondSource,
  };
  switch (q.kind) {
    case "single-choice":
      return { ...base, kind: q.kind, options: copy(q.options) };
    case "multiple-select":
      // How many to pick is part of the task, as on a paper exam.
      return { ...base, kind: q.kind, options: copy(q.options), selectCount: q.answers.length };
    case "which-programme":
      return { ...base, kind: q.kind, description: q.description, options: copy(q.options) };
    case "true-false":
      return { ...base, kind: q.kind, statement: q.statement };
    case "cloze":
      return { ...base, kind: q.kind, before: q.before, after: q.after };
    case "matching":
      return {
        ...base,
        kind: q.kind,
        leftLabel: q.leftLabel,
        rightLabel: q.rightLabel,
        left: copy(q.left),
        right: copy(q.right),
      };
    case "ordering":
      return { ...base, kind: q.kind, items: copy(q.items), orderLabel: q.orderLabel };
    case "short-answer":
      return { ...base, kind: q.kind };
  }
}
