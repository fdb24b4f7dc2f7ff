/**
 * True/false templates:
 * - statement: every fact's own statement, answer true;
 * - false-statement: each authored false statement of a fact, answer false, explained by the fact;
 * - wrong-year: a dated event restated with another event's (or a pool's) year, answer false.
 */
import type { Programme } from "@/content/schema";
import { hashToHex } from "@/lib/domain/hash";
import type { Difficulty, TrueFalseQuestion } from "../types";
import {
  baseFields,
  fillYear,
  finishQuestion,
  pickDistractors,
  questionId,
  withNote,
  yearCandidates,
  type TemplateContext,
} from "./context";

const PROMPT = "True or false?";

function push(
  ctx: TemplateContext,
  template: string,
  anchor: Programme,
  key: string[],
  factId: string,
  statement: string,
  answer: boolean,
  explanation: string,
  difficulty: Difficulty,
): void {
  const base = baseFields(ctx, {
    template,
    kind: "true-false",
    anchor,
    key,
    factIds: [factId],
    prompt: PROMPT,
    explanation,
    difficulty,
  });
  ctx.out.push(finishQuestion<TrueFalseQuestion>(base, { kind: "true-false", statement, answer }));
}

export function generateTrueFalseQuestions(ctx: TemplateContext): void {
  for (const programme of ctx.pack.programmes) {
    for (const fact of programme.facts) {
      push(
        ctx,
        "true-false.statement",
        programme,
        [fact.id],
        fact.id,
        fact.statement,
        true,
        `True. ${withNote(fact)}`,
        fact.difficulty ?? 1,
      );
      for (const text of fact.falseStatements) {
        // A hash of the text, not its position, keeps sibling false statements' ids stable.
        const key = [fact.id, `false-${hashToHex(text, 6)}`];
        push(
          ctx,
          "true-false.false-statement",
          programme,
          key,
          fact.id,
          text,
          false,
          `False. ${withNote(fact)}`,
          fact.difficulty ?? 2,
        );
      }
    }
    for (const date of programme.dates) {
      const id = questionId("true-false.wrong-year", programme.id, [date.fact]);
      const [wrong] = pickDistractors(
        yearCandidates(ctx, date),
        [String(date.year)],
        1,
        id,
        ctx.keyOf,
      );
      if (wrong === undefined) continue;
      const explanation = `False. ${fillYear(date.sentence, date.year)}`;
      push(
        ctx,
        "true-false.wrong-year",
        programme,
        [date.fact],
        date.fact,
        fillYear(date.sentence, wrong),
        false,
        explanation,
        2,
      );
    }
  }
}
