/**
 * Single-choice templates (one correct option, up to three distractors):
 * - authored: a fact's own `choice`, distractors from its list and declared false pools;
 * - year: which year completes a dated event; distractors are other events' years or pool years;
 * - acronym: what an acronym stands for; distractors are other programmes' names;
 * - aims / areas / participants: one item of a programme's list; distractors come only from the
 *   list's declared false pools, never from the list itself, whose other items are also true.
 */
import { LIST_KINDS } from "@/content/schema";
import type { Programme } from "@/content/schema";
import { pickStable } from "@/lib/domain/pick-stable";
import { slugify } from "@/lib/domain/slugify";
import type { Difficulty, SingleChoiceQuestion } from "../types";
import {
  baseFields,
  buildChoices,
  fillYear,
  finishQuestion,
  pickDistractors,
  poolValues,
  questionId,
  withNote,
  yearCandidates,
  type TemplateContext,
} from "./context";

const DISTRACTORS = 3;

function push(
  ctx: TemplateContext,
  input: {
    template: string;
    anchor: Programme;
    key: string[];
    factIds: string[];
    prompt: string;
    explanation: string;
    difficulty: Difficulty;
    answer: string;
    candidates: readonly string[];
    /** Take candidates in the given order instead of from a hashed position. */
    ordered?: boolean;
  },
): void {
  const id = questionId(input.template, input.anchor.id, input.key);
  const wrong = pickDistractors(
    input.candidates,
    [input.answer],
    DISTRACTORS,
    input.ordered ? null : id,
    ctx.keyOf,
  );
  // Fewer than two distractors would make a near-guess; such content yields no question.
  if (wrong.length < 2) return;
  const { options, answerIds } = buildChoices([input.answer], wrong, ctx.choice);
  const base = baseFields(ctx, { ...input, kind: "single-choice" });
  const question = finishQuestion<SingleChoiceQuestion>(base, {
    kind: "single-choice",
    options,
    answer: answerIds[0] as string,
  });
  ctx.out.push(question);
}

export function generateSingleChoiceQuestions(ctx: TemplateContext): void {
  const { index } = ctx;
  const named = ctx.pack.programmes.filter((p) => p.kind !== "theme" && p.kind !== "overview");
  for (const programme of ctx.pack.programmes) {
    for (const fact of programme.facts) {
      if (!fact.choice) continue;
      push(ctx, {
        template: "single-choice.authored",
        anchor: programme,
        key: [fact.id],
        factIds: [fact.id],
        prompt: fact.choice.prompt,
        explanation: withNote(fact),
        difficulty: fact.difficulty ?? 2,
        answer: fact.choice.answer,
        candidates: [...fact.choice.distractors, ...poolValues(ctx, fact.choice.pools)],
      });
    }

    for (const date of programme.dates) {
      push(ctx, {
        template: "single-choice.year",
        anchor: programme,
        key: [date.fact],
        factIds: [date.fact],
        prompt: `Which year completes the statement? ${fillYear(date.sentence, "___")}`,
        explanation: fillYear(date.sentence, date.year),
        difficulty: 2,
        answer: String(date.year),
        candidates: yearCandidates(ctx, date),
      });
    }

    if (programme.acronym && programme.acronymFact) {
      const acronymKey = ctx.keyOf(programme.acronym);
      // Other acronym holders make the most plausible expansions; other named programmes top up.
      const others = (list: readonly Programme[], count: number, salt: string) =>
        pickStable(
          list,
          count,
          salt,
          (p) => p.id !== programme.id && ctx.keyOf(p.acronym ?? "") !== acronymKey,
        ).map((p) => p.name);
      const id = questionId("single-choice.acronym", programme.id, [programme.acronymFact]);
      const candidates = [
        ...others(index.acronymProgrammes, DISTRACTORS, id),
        ...others(named, DISTRACTORS, `${id}#named`),
      ];
      const fact = index.factById.get(programme.acronymFact)?.fact;
      push(ctx, {
        template: "single-choice.acronym",
        anchor: programme,
        key: [programme.acronymFact],
        factIds: [programme.acronymFact],
        prompt: `What does the acronym "${programme.acronym}" stand for?`,
        explanation: fact ? withNote(fact) : `${programme.acronym} stands for ${programme.name}.`,
        difficulty: fact?.difficulty ?? 1,
        answer: programme.name,
        candidates,
        ordered: true,
      });
    }

    for (const kind of LIST_KINDS) {
      const list = programme[kind];
      if (!list || list.pools.length === 0) continue;
      // The list's other items are true as well, so they can never be distractors.
      const itemKeys = new Set(list.items.map((i) => ctx.keyOf(i.text)));
      const candidates = poolValues(ctx, list.pools).filter((c) => !itemKeys.has(ctx.keyOf(c)));
      for (const item of list.items) {
        const fact = index.factById.get(item.fact)?.fact;
        push(ctx, {
          template: `single-choice.${kind}`,
          anchor: programme,
          key: [item.fact, slugify(item.text)],
          factIds: [item.fact],
          prompt: list.question,
          explanation: fact ? withNote(fact) : item.text,
          difficulty: fact?.difficulty ?? 1,
          answer: item.text,
          candidates,
        });
      }
    }
  }
}
