/**
 * Short answer: type the name of the programme a clue describes. Accepted: its name, acronym
 * and aliases (the grader tolerates case, spacing, punctuation and small typos). Rejected: every
 * name, acronym and alias of its group siblings, parent and children, so a near-spelling of
 * another programme is never accepted. Clues that also fit another programme are skipped.
 */
import type { Programme } from "@/content/schema";
import type { ShortAnswerQuestion } from "../types";
import { baseFields, displayName, finishQuestion, withNote, type TemplateContext } from "./context";

function namesOf(p: Programme): string[] {
  return [p.name, ...(p.acronym ? [p.acronym] : []), ...p.aliases];
}

/** Accepted names of a programme, and the names of related programmes that are refused. */
export function typedAnswerSets(
  ctx: TemplateContext,
  programme: Programme,
): { accepted: string[]; rejected: string[] } {
  const { index } = ctx;
  const accepted = namesOf(programme);
  const acceptedKeys = new Set(accepted.map(ctx.keyOf));
  const related = [
    ...(programme.group ? (index.groupMembers.get(programme.group) ?? []) : []),
    ...(programme.parent ? [index.programmeById.get(programme.parent)] : []),
    ...(index.childrenOf.get(programme.id) ?? []),
  ].filter((p): p is Programme => p !== undefined && p.id !== programme.id);
  const rejected = [...new Set(related.flatMap(namesOf))].filter(
    (n) => !acceptedKeys.has(ctx.keyOf(n)),
  );
  return { accepted, rejected };
}

export function generateShortAnswerQuestions(ctx: TemplateContext): void {
  const { index } = ctx;
  for (const programme of ctx.pack.programmes) {
    if (!programme.group) continue;
    const clues = (index.clueFacts.get(programme.id) ?? []).filter(
      (f) => f.clue && f.alsoTrueOf.length === 0,
    );
    if (clues.length === 0) continue;
    const { accepted, rejected } = typedAnswerSets(ctx, programme);
    for (const fact of clues) {
      const base = baseFields(ctx, {
        template: "short-answer.clue",
        kind: "short-answer",
        anchor: programme,
        key: [fact.id],
        factIds: [fact.id],
        prompt: `Name the programme or format described here: ${fact.clue}`,
        explanation: `${displayName(programme)}. ${withNote(fact)}`,
        difficulty: fact.difficulty ?? 2,
      });
      ctx.out.push(
        finishQuestion<ShortAnswerQuestion>(base, {
          kind: "short-answer",
          answer: programme.name,
          accepted,
          rejected,
        }),
      );
    }
  }
}
