/**
 * "Which programme is described here?": a fact's clue against its group. Distractors are group
 * siblings only, and never one listed in the fact's `alsoTrueOf` (those would be a second right
 * answer); fewer than two safe siblings means no question. When a sibling must be left out, the
 * one whose leaving out gives the least-used distractor set is chosen, so that no set of wrong
 * options recurs across many questions (a learner would learn the odd one out).
 */
import type { Programme } from "@/content/schema";
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

/**
 * Up to `count` of `safe`, choosing among the ways to leave some out the one whose set has been
 * used least so far (ties: a hashed order), and counting the use.
 */
export function pickBalancedSet(
  ctx: TemplateContext,
  safe: readonly Programme[],
  count: number,
  salt: string,
): Programme[] {
  const setKey = (set: readonly Programme[]) =>
    set
      .map((p) => p.id)
      .sort()
      .join("|");
  let best: Programme[] = safe.slice(0, count);
  if (safe.length > count) {
    // Each option leaves out a different window of the hashed order: len options, O(len).
    const order = pickStable(safe, safe.length, salt);
    let bestUses = Infinity;
    for (let start = 0; start < order.length; start++) {
      const set = Array.from({ length: count }, (_, k) => order[(start + k) % order.length]!);
      const uses = ctx.setUses.get(setKey(set)) ?? 0;
      if (uses < bestUses) {
        best = set;
        bestUses = uses;
      }
    }
  }
  const key = setKey(best);
  ctx.setUses.set(key, (ctx.setUses.get(key) ?? 0) + 1);
  return best;
}

export function generateWhichProgrammeQuestions(ctx: TemplateContext): void {
  for (const programme of ctx.pack.programmes) {
    if (!programme.group) continue;
    const members = ctx.index.groupMembers.get(programme.group) ?? [];
    for (const fact of ctx.index.clueFacts.get(programme.id) ?? []) {
      if (!fact.clue) continue;
      const id = questionId("which-programme.clue", programme.id, [fact.id]);
      const safe = members.filter((m) => m.id !== programme.id && !fact.alsoTrueOf.includes(m.id));
      if (safe.length < 2) continue;
      const wrong = pickBalancedSet(ctx, safe, DISTRACTORS, id);
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
        prompt: "Which programme or format fits the description?",
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
