/**
 * True/false recall templates. Explanations teach rather than repeat:
 * - statement: a fact's own statement, answer true, only for facts with a `note`; the
 *   explanation is that note (the context or reason from the source), never the statement;
 * - false-statement: each authored misreading of a fact, answer false; the explanation gives the
 *   fact and why the misreading is tempting;
 * - wrong-year: a programme's first dated event restated with a near year that marks another
 *   milestone, answer false; the explanation gives the true year and what the wrong one marks,
 *   citing that event's fact too (one per programme, so that years stay a small share of the
 *   bank).
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
  yearCandidates,
  yearLabel,
  type TemplateContext,
} from "./context";

const PROMPT = "True or false?";

function push(
  ctx: TemplateContext,
  template: string,
  anchor: Programme,
  key: string[],
  factIds: string[],
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
    factIds,
    prompt: PROMPT,
    explanation,
    difficulty,
  });
  ctx.out.push(finishQuestion<TrueFalseQuestion>(base, { kind: "true-false", statement, answer }));
}

export function generateTrueFalseQuestions(ctx: TemplateContext): void {
  for (const programme of ctx.pack.programmes) {
    for (const fact of programme.facts) {
      if (fact.note)
        push(
          ctx,
          "true-false.statement",
          programme,
          [fact.id],
          [fact.id],
          fact.statement,
          true,
          `True. ${fact.note}`,
          fact.difficulty ?? 1,
        );
      for (const wrong of fact.falseStatements) {
        // A hash of the text, not its position, keeps sibling false statements' ids stable.
        const key = [fact.id, `false-${hashToHex(wrong.text, 6)}`];
        push(
          ctx,
          "true-false.false-statement",
          programme,
          key,
          [fact.id],
          wrong.text,
          false,
          `False. ${fact.statement} ${wrong.tempting}`,
          fact.difficulty ?? 2,
        );
      }
    }
    for (const date of programme.dates.slice(0, 1)) {
      const id = questionId("true-false.wrong-year", programme.id, [date.fact]);
      // Only a year that marks another milestone can be explained as a tempting mix-up.
      const labelled = yearCandidates(ctx, date).filter(
        (y) => y !== String(date.year) && yearLabel(ctx, date, y) !== null,
      );
      const [wrong] = pickDistractors(labelled, [String(date.year)], 1, id, ctx.keyOf);
      if (wrong === undefined) continue;
      const explanation =
        `False. ${fillYear(date.sentence, date.year)} ` +
        `The year ${wrong} marks another event. ${yearLabel(ctx, date, wrong)}`;
      // The event the wrong year marks is cited too: the explanation rests on it as well.
      const other = ctx.index.eventsByYear.get(Number(wrong))?.find((e) => e.fact.id !== date.fact);
      push(
        ctx,
        "true-false.wrong-year",
        programme,
        [date.fact],
        other ? [date.fact, other.fact.id] : [date.fact],
        fillYear(date.sentence, wrong),
        false,
        explanation,
        2,
      );
    }
  }
}
