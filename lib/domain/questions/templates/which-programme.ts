/**
 * "Which programme is described here?": a fact's clue against its group. Distractors are
 * group siblings only, and never one listed in the fact's `alsoTrueOf` (those would be a
 * second right answer); fewer than two safe siblings means no question.
 */
import { pickStable } from "@/lib/domain/pick-stable";
import type { WhichProgrammeQuestion } from "../types";
import {
  baseFields,
  displayName,
  finishQuestion,
  questionId,
  withNote,
  type TemplateContext,
} from "./context";

const DISTRACTORS = 3;

export function generateWhichProgrammeQuestions(ctx: TemplateContext): void {
  for (const programme of ctx.pack.programmes) {
    if (!programme.group) continue;
    const members = ctx.index.groupMembers.get(programme.group) ?? [];
    for (const fact of ctx.index.clueFacts.get(programme.id) ?? []) {
      if (!fact.clue) continue;
      const id = questionId("which-programme.clue", programme.id, [fact.id]);
      const wrong = pickStable(
        members,
        DISTRACTORS,
        id,
        (m) => m.id !== programme.id && !fact.alsoTrueOf.includes(m.id),
      );
      if (wrong.length < 2) continue;
      const options = [programme, ...wrong]
        .map((p) => ctx.programmeChoice(p))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      const base = baseFields(ctx, {
        template: "which-programme.clue",
        kind: "which-programme",
        anchor: programme,
        key: [fact.id],
        factIds: [fact.id],
        otherProgrammeIds: wrong.map((p) => p.id),
        prompt: "Which programme or format does this describe?",
        explanation: `${displayName(programme)}. ${withNote(fact)}`,
        difficulty: fact.difficulty ?? 1,
      });
      ctx.out.push(
        finishQuestion<WhichProgrammeQuestion>(base, {
          kind: "which-programme",
          description: fact.clue,
          options,
          answer: programme.id,
        }),
      );
    }
  }
}
