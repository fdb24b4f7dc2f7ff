/**
 * Cloze template: a fact's authored sentence with one blank, answered by typing. Accepted
 * spellings come from the content; the fact's `reject` list (e.g. "bilateral" for a
 * "multilateral" blank) is never accepted, whatever the typo tolerance.
 */
import type { ClozeQuestion } from "../types";
import { baseFields, finishQuestion, withNote, type TemplateContext } from "./context";

export function generateClozeQuestions(ctx: TemplateContext): void {
  for (const programme of ctx.pack.programmes) {
    for (const fact of programme.facts) {
      if (!fact.cloze) continue;
      const [before = "", after = ""] = fact.cloze.text.split("___");
      const base = baseFields(ctx, {
        template: "cloze.fact",
        kind: "cloze",
        anchor: programme,
        key: [fact.id],
        factIds: [fact.id],
        prompt: "Fill in the blank.",
        // The whole sentence shows the answer in context; the note adds the reason.
        explanation: withNote(fact),
        difficulty: fact.difficulty ?? 2,
      });
      // before/after are kept verbatim (spaces included)
      // so the player renders before + input + after.
      ctx.out.push(
        finishQuestion<ClozeQuestion>(base, {
          kind: "cloze",
          before,
          after,
          answers: fact.cloze.answers,
          rejected: fact.cloze.reject,
        }),
      );
    }
  }
}
