/**
 * Per-attempt opaque ids. A stored question's ids (its readable id, option slugs such as a
 * programme id, the hashed matching and ordering item ids) are the same in every attempt, and
 * the readable id names the key; so the browser never sees them. It sees each question through
 * an `IdMask`: a keyed function (an HMAC with a server secret, lib/server/quiz/attempt-ids.ts)
 * of attempt, position and the stored id. The same question in two attempts, or at two
 * positions, has unrelated ids, so what a learner learns in one attempt (feedback, results)
 * says nothing about the ids of another. Masking keeps the question's shape, so grading a
 * masked question with a masked response gives the stored grade.
 */
import type { Choice, Question, Response } from "@/lib/domain/questions/types";

/** Maps a stored id (or a label) to the id the browser sees: deterministic, one-way. */
export type IdMask = (label: string) => string;

const questionLabel = "question";
const choiceLabel = (id: string) => `choice:${id}`;

function choiceIds(q: Question): string[] {
  switch (q.kind) {
    case "single-choice":
    case "multiple-select":
    case "which-programme":
      return q.options.map((o) => o.id);
    case "matching":
      return [...q.left, ...q.right].map((c) => c.id);
    case "ordering":
      return q.items.map((i) => i.id);
    case "true-false":
    case "cloze":
    case "short-answer":
      return [];
  }
}

/** The question with every id replaced by its masked form (keys, explanation kept). */
export function maskQuestion(q: Question, mask: IdMask): Question {
  const m = (id: string) => mask(choiceLabel(id));
  const choices = (list: Choice[]) => list.map((c) => ({ ...c, id: m(c.id) }));
  const id = mask(questionLabel);
  const base = { id, publicId: id };
  switch (q.kind) {
    case "single-choice":
    case "which-programme":
      return { ...q, ...base, options: choices(q.options), answer: m(q.answer) };
    case "multiple-select":
      return { ...q, ...base, options: choices(q.options), answers: q.answers.map(m) };
    case "matching":
      return {
        ...q,
        ...base,
        left: choices(q.left),
        right: choices(q.right),
        answer: q.answer.map((p) => ({ leftId: m(p.leftId), rightId: m(p.rightId) })),
      };
    case "ordering":
      return { ...q, ...base, items: choices(q.items), answer: q.answer.map(m) };
    case "true-false":
    case "cloze":
    case "short-answer":
      return { ...q, ...base };
  }
}

function mapResponseIds(response: Response, f: (id: string) => string): Response {
  switch (response.kind) {
    case "single-choice":
    case "which-programme":
      return { ...response, optionId: f(response.optionId) };
    case "multiple-select":
      return { ...response, optionIds: response.optionIds.map(f) };
    case "matching":
      return {
        ...response,
        pairs: response.pairs.map((p) => ({ leftId: f(p.leftId), rightId: f(p.rightId) })),
      };
    case "ordering":
      return { ...response, itemIds: response.itemIds.map(f) };
    case "true-false":
    case "cloze":
    case "short-answer":
      return response;
  }
}

/** A stored response (stored ids) as the browser sees it. */
export function maskResponse(response: Response, mask: IdMask): Response {
  return mapResponseIds(response, (id) => mask(choiceLabel(id)));
}

/**
 * A response from the browser (masked ids) in stored ids, for grading and storage. An id that
 * is not a masked id of this question is passed on unchanged, so the usual check
 * (checkResponseFits) refuses it unless it is a stored id, which the browser is never shown.
 */
export function unmaskResponse(q: Question, response: Response, mask: IdMask): Response {
  const stored = new Map(choiceIds(q).map((id) => [mask(choiceLabel(id)), id]));
  return mapResponseIds(response, (id) => stored.get(id) ?? id);
}
