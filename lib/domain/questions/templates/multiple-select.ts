/**
 * Multiple-select templates (all correct options must be picked):
 * - authored: a fact's own `select`, distractors from its list and declared false pools;
 * - aims / areas / participants: every item of a programme's list (two or more) against
 *   distractors from the list's declared false pools (the report checks they share the list's
 *   category).
 */
import { LIST_KINDS } from "@/content/schema";
import type { Programme } from "@/content/schema";
import type { Difficulty, MultipleSelectQuestion } from "../types";
import {
  baseFields,
  buildChoices,
  finishQuestion,
  joinSentences,
  pickDistractors,
  poolCategories,
  poolValues,
  questionId,
  withNote,
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
    answers: string[];
    category: string;
    candidates: readonly string[];
    /** Category of each pool value (values not listed share the answers' category). */
    categoryOf?: ReadonlyMap<string, string>;
  },
): void {
  const id = questionId(input.template, input.anchor.id, input.key);
  const wrong = pickDistractors(input.candidates, input.answers, DISTRACTORS, id, ctx.keyOf);
  if (wrong.length < 1 || input.answers.length < 2) return;
  const { options, answerIds } = buildChoices(input.answers, wrong, (text, isAnswer) =>
    ctx.choice(text, isAnswer ? input.category : (input.categoryOf?.get(text) ?? input.category)),
  );
  const base = baseFields(ctx, { ...input, kind: "multiple-select" });
  const question = finishQuestion<MultipleSelectQuestion>(base, {
    kind: "multiple-select",
    options,
    answers: answerIds,
  });
  ctx.out.push(question);
}

export function generateMultipleSelectQuestions(ctx: TemplateContext): void {
  for (const programme of ctx.pack.programmes) {
    for (const fact of programme.facts) {
      if (!fact.select) continue;
      push(ctx, {
        template: "multiple-select.authored",
        anchor: programme,
        key: [fact.id],
        factIds: [fact.id],
        prompt: fact.select.prompt,
        explanation: withNote(fact),
        difficulty: fact.difficulty ?? 2,
        answers: fact.select.answers,
        category: fact.select.category,
        candidates: [...fact.select.distractors, ...poolValues(ctx, fact.select.pools)],
        categoryOf: poolCategories(ctx, fact.select.pools),
      });
    }
    for (const kind of LIST_KINDS) {
      const list = programme[kind];
      if (!list || list.pools.length === 0 || list.items.length < 2) continue;
      const factIds = [...new Set(list.items.map((i) => i.fact))];
      const statements = factIds.map((id) => {
        const fact = ctx.index.factById.get(id)?.fact;
        return fact ? withNote(fact) : "";
      });
      push(ctx, {
        template: `multiple-select.${kind}`,
        anchor: programme,
        key: [kind],
        factIds,
        prompt: list.questionAll,
        explanation: joinSentences(statements),
        difficulty: 2,
        answers: list.items.map((i) => i.text),
        category: list.category,
        candidates: poolValues(ctx, list.pools),
        categoryOf: poolCategories(ctx, list.pools),
      });
    }
  }
}
