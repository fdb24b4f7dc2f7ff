/**
 * The bank as editors and reviewers read it (content:export): one plain record per question
 * with what the learner sees (prompt, statement or description, options) and what only the
 * key holds (key, accepted forms, explanation, citations), all as text rather than option ids.
 */
import { citationLabel } from "@/lib/domain/content/citation-label";
import type { Choice, Question } from "./types";

export interface ExportedQuestion {
  id: string;
  kind: Question["kind"];
  level: Question["level"];
  programme: string;
  topic: string;
  scope: Question["scope"];
  difficulty: Question["difficulty"];
  prompt: string;
  /** Statement (true/false), description (which programme) or text with a gap (cloze). */
  stem: string | null;
  /** Options, or the left and right columns of a matching, or the items of an ordering. */
  options: string[] | { left: string[]; right: string[] } | null;
  /** The key as text: option texts, "true"/"false", accepted forms, pairs or the order. */
  key: string[];
  explanation: string;
  sources: Array<{ label: string; passage: string | null; url: string | null }>;
}

const texts = (choices: readonly Choice[], ids: readonly string[]) =>
  ids.map((id) => choices.find((c) => c.id === id)?.text ?? id);

function stemOf(q: Question): string | null {
  if (q.kind === "true-false") return q.statement;
  if (q.kind === "which-programme") return q.description;
  if (q.kind === "cloze") return `${q.before}___${q.after}`;
  return null;
}

function optionsOf(q: Question): ExportedQuestion["options"] {
  switch (q.kind) {
    case "single-choice":
    case "multiple-select":
    case "which-programme":
      return q.options.map((o) => o.text);
    case "matching":
      return { left: q.left.map((l) => l.text), right: q.right.map((r) => r.text) };
    case "ordering":
      return q.items.map((i) => i.text);
    default:
      return null;
  }
}

function keyOf(q: Question): string[] {
  switch (q.kind) {
    case "single-choice":
    case "which-programme":
      return texts(q.options, [q.answer]);
    case "multiple-select":
      return texts(q.options, q.answers);
    case "true-false":
      return [String(q.answer)];
    case "cloze":
      return [...q.answers];
    case "short-answer":
      return [...q.accepted];
    case "matching":
      return q.answer.map(
        (p) => `${texts(q.left, [p.leftId])[0]} = ${texts(q.right, [p.rightId])[0]}`,
      );
    case "ordering":
      return texts(q.items, q.answer);
  }
}

export function exportQuestion(q: Question): ExportedQuestion {
  return {
    id: q.id,
    kind: q.kind,
    level: q.level,
    programme: q.tags.programmeIds[0] ?? "",
    topic: q.tags.topic,
    scope: q.scope,
    difficulty: q.difficulty,
    prompt: q.prompt,
    stem: stemOf(q),
    options: optionsOf(q),
    key: keyOf(q),
    explanation: q.explanation,
    sources: q.sources.map((s) => ({
      label: citationLabel(s),
      passage: s.passage ?? null,
      url: s.url ?? null,
    })),
  };
}
