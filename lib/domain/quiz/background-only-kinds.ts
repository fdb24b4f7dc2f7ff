/**
 * Question kinds that only NATO background can ask: the full bank has some, the source-only
 * bank (which a default quiz draws from) has none. Quiz set-up and the set builder tag them as
 * they tag the programmes beyond the source, so ticking one alone explains its empty count.
 */
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/questions/types";

export function backgroundOnlyKinds(banks: {
  bank: readonly { kind: QuestionKind }[];
  sourceOnlyBank: readonly { kind: QuestionKind }[];
}): QuestionKind[] {
  const inBank = new Set(banks.bank.map((q) => q.kind));
  const inSource = new Set(banks.sourceOnlyBank.map((q) => q.kind));
  return QUESTION_KINDS.filter((kind) => inBank.has(kind) && !inSource.has(kind));
}
