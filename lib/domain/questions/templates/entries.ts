/**
 * Hand-written questions above recall: every `reasons` (understand), `comparisons` (compare),
 * `cases` (apply) and `misconceptions` (misconception) entry of a programme becomes exactly one
 * question of the kind its form names (choice, select, truth, format, typed, pairs). Options
 * and explanations are the author's; citations are the entry's own, so its scope is "source"
 * only when every cited passage is in the source document.
 */
import {
  ENTRY_SECTIONS,
  SECTION_LEVEL,
  type Entry,
  type EntrySection,
  type Programme,
} from "@/content/schema";
import type {
  Choice,
  Difficulty,
  MatchingQuestion,
  MultipleSelectQuestion,
  Pair,
  Question,
  QuestionKind,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
  WhichProgrammeQuestion,
} from "../types";
import {
  baseFields,
  buildChoices,
  finishQuestion,
  opaqueId,
  questionId,
  type BaseFields,
  type TemplateContext,
} from "./context";
import { typedAnswerSets } from "./short-answer";

const SINGULAR: Record<EntrySection, string> = {
  reasons: "reason",
  comparisons: "comparison",
  cases: "case",
  misconceptions: "misconception",
};

const DEFAULT_DIFFICULTY: Record<EntrySection, Difficulty> = {
  reasons: 2,
  comparisons: 2,
  cases: 3,
  misconceptions: 2,
};

function kindOf(e: Entry): QuestionKind {
  if (e.choice) return "single-choice";
  if (e.select) return "multiple-select";
  if (e.truth) return "true-false";
  if (e.format) return "which-programme";
  if (e.typed) return "short-answer";
  return "matching";
}

function explanationOf(e: Entry): string {
  if (e.truth) return `${e.truth.answer ? "True" : "False"}. ${e.explain}${tail(e.tempting)}`;
  return `${e.explain}${tail(e.tempting)}`;
}

const tail = (text: string | undefined) => (text ? ` ${text}` : "");

function toQuestion(
  ctx: TemplateContext,
  programme: Programme,
  section: EntrySection,
  e: Entry,
): Question | null {
  const kind = kindOf(e);
  const template = `${kind}.${SINGULAR[section]}`;
  const id = questionId(template, programme.id, [e.id]);
  const others = [
    ...e.about,
    ...(e.format ? [e.format.answer, ...e.format.distractors] : []),
    ...(e.typed ? [e.typed.answer] : []),
  ];
  const base = (prompt: string): BaseFields =>
    baseFields(ctx, {
      template,
      kind,
      anchor: programme,
      key: [e.id],
      factIds: [],
      entry: e,
      otherProgrammeIds: others,
      prompt,
      explanation: explanationOf(e),
      difficulty: e.difficulty ?? DEFAULT_DIFFICULTY[section],
      level: SECTION_LEVEL[section],
    });

  if (e.choice) {
    const { category } = e.choice;
    const { options, answerIds } = buildChoices([e.choice.answer], e.choice.distractors, (t) =>
      ctx.choice(t, category),
    );
    return finishQuestion<SingleChoiceQuestion>(base(e.choice.prompt), {
      kind: "single-choice",
      options,
      answer: answerIds[0] as string,
    });
  }
  if (e.select) {
    const { category } = e.select;
    const { options, answerIds } = buildChoices(e.select.answers, e.select.distractors, (t) =>
      ctx.choice(t, category),
    );
    return finishQuestion<MultipleSelectQuestion>(base(e.select.prompt), {
      kind: "multiple-select",
      options,
      answers: answerIds,
    });
  }
  if (e.truth)
    return finishQuestion<TrueFalseQuestion>(base("True or false?"), {
      kind: "true-false",
      statement: e.truth.statement,
      answer: e.truth.answer,
    });
  if (e.format) {
    const programmes = [e.format.answer, ...e.format.distractors]
      .map((pid) => ctx.index.programmeById.get(pid))
      .filter((p): p is Programme => p !== undefined);
    const options: Choice[] = programmes
      .map((p) => ctx.programmeChoice(p))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const key = e.format.distractors.slice().sort().join("|");
    ctx.setUses.set(key, (ctx.setUses.get(key) ?? 0) + 1);
    return finishQuestion<WhichProgrammeQuestion>(
      base("Which programme or format fits the case described best?"),
      {
        kind: "which-programme",
        description: e.format.situation,
        options,
        answer: e.format.answer,
      },
    );
  }
  if (e.typed) {
    const answer = ctx.index.programmeById.get(e.typed.answer);
    if (!answer) return null;
    const { accepted, rejected } = typedAnswerSets(ctx, answer);
    return finishQuestion<ShortAnswerQuestion>(
      base(`${e.typed.situation} Name the programme or format that fits.`),
      { kind: "short-answer", answer: answer.name, accepted, rejected },
    );
  }
  if (e.pairs) {
    const left: Choice[] = [];
    const right: Choice[] = [];
    const answer: Pair[] = [];
    e.pairs.items.forEach((item) => {
      const l = { id: opaqueId(id, "l", item.left), text: item.left };
      const r = { id: opaqueId(id, "r", item.right), text: item.right };
      left.push(l);
      right.push(r);
      answer.push({ leftId: l.id, rightId: r.id });
    });
    const byId = (a: Choice, b: Choice) => (a.id < b.id ? -1 : 1);
    return finishQuestion<MatchingQuestion>(base(e.pairs.prompt), {
      kind: "matching",
      leftLabel: e.pairs.leftLabel,
      rightLabel: e.pairs.rightLabel,
      left: left.sort(byId),
      right: right.sort(byId),
      answer: answer.sort((a, b) => (a.leftId < b.leftId ? -1 : 1)),
    });
  }
  return null;
}

export function generateEntryQuestions(ctx: TemplateContext): void {
  for (const programme of ctx.pack.programmes)
    for (const section of ENTRY_SECTIONS)
      for (const entry of programme[section]) {
        const q = toQuestion(ctx, programme, section, entry);
        if (q) ctx.out.push(q);
      }
}
