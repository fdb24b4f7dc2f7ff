/**
 * Single-choice recall templates (one correct option, two or three distractors of the key's
 * category):
 * - authored: a fact's own `choice`; distractors are its own and those of pools of its category;
 * - year: which year completes a dated event; distractors are years of other events or pool
 *   years within ten years of the key (a far year would be guessed away).
 * Acronym expansions are not asked: the initials decide them (flashcards still teach them).
 */
import type { Programme } from "@/content/schema";
import type { Difficulty, SingleChoiceQuestion } from "../types";
import {
  baseFields,
  buildChoices,
  fillYear,
  finishQuestion,
  pickDistractors,
  poolCategories,
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
    category: string;
    candidates: readonly string[];
    categoryOf?: ReadonlyMap<string, string>;
  },
): void {
  const id = questionId(input.template, input.anchor.id, input.key);
  const wrong = pickDistractors(input.candidates, [input.answer], DISTRACTORS, id, ctx.keyOf);
  // Fewer than two distractors would make a near-guess; such content yields no question.
  if (wrong.length < 2) return;
  const { options, answerIds } = buildChoices([input.answer], wrong, (text, isAnswer) =>
    ctx.choice(text, isAnswer ? input.category : (input.categoryOf?.get(text) ?? input.category)),
  );
  const base = baseFields(ctx, { ...input, kind: "single-choice" });
  const question = finishQuestion<SingleChoiceQuestion>(base, {
    kind: "single-choice",
    options,
    answer: answerIds[0] as string,
  });
  ctx.out.push(question);
}

export function generateSingleChoiceQuestions(ctx: TemplateContext): void {
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
        category: fact.choice.category,
        candidates: [...fact.choice.distractors, ...poolValues(ctx, fact.choice.pools)],
        categoryOf: poolCategories(ctx, fact.choice.pools),
      });
    }

    for (const date of programme.dates) {
      const fact = ctx.index.factById.get(date.fact)?.fact;
      push(ctx, {
        template: "single-choice.year",
        anchor: programme,
        key: [date.fact],
        factIds: [date.fact],
        prompt: `In which year? ${fillYear(date.sentence, "___")}`,
        explanation: fact?.note
          ? `${fillYear(date.sentence, date.year)} ${fact.note}`
          : fillYear(date.sentence, date.year),
        difficulty: 2,
        answer: String(date.year),
        category: "year",
        candidates: yearCandidates(ctx, date),
      });
    }
  }
}
