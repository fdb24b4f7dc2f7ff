/**
 * Question bank generation: runs every template over the pack once and returns the questions
 * sorted by id. Deterministic (no randomness: distractors are chosen by hashed walks keyed by
 * the question id), linear in the content size, and it fails loudly if two questions ever
 * share an id or a public id, since stored answers are keyed by them.
 */
import type { ContentPack } from "@/content/schema";
import { generateClozeQuestions } from "./templates/cloze";
import { createTemplateContext } from "./templates/context";
import { generateEntryQuestions } from "./templates/entries";
import { generateMatchingQuestions } from "./templates/matching";
import { generateMultipleSelectQuestions } from "./templates/multiple-select";
import { generateOrderingQuestions } from "./templates/ordering";
import { generateShortAnswerQuestions } from "./templates/short-answer";
import { generateSingleChoiceQuestions } from "./templates/single-choice";
import { generateTrueFalseQuestions } from "./templates/true-false";
import { generateWhichProgrammeQuestions } from "./templates/which-programme";
import type { Question } from "./types";

const TEMPLATES = [
  generateSingleChoiceQuestions,
  generateMultipleSelectQuestions,
  generateTrueFalseQuestions,
  generateClozeQuestions,
  generateMatchingQuestions,
  generateOrderingQuestions,
  generateShortAnswerQuestions,
  generateWhichProgrammeQuestions,
  // Last: hand-written cases count their distractor sets after the generated ones.
  generateEntryQuestions,
];

export function generateQuestionBank(pack: ContentPack): Question[] {
  const ctx = createTemplateContext(pack);
  for (const template of TEMPLATES) template(ctx);
  const bank = ctx.out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const publicIds = new Set<string>();
  for (let i = 0; i < bank.length; i++) {
    const q = bank[i] as Question;
    if (i > 0 && bank[i - 1]?.id === q.id) throw new Error(`duplicate question id "${q.id}"`);
    if (publicIds.has(q.publicId)) throw new Error(`public id collision on "${q.id}"`);
    publicIds.add(q.publicId);
  }
  return bank;
}
