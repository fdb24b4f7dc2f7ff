import type { Choice } from "@/lib/domain/questions/types";

/**
 * Ticks or unticks one option. The result keeps the options' order, so the saved answer does
 * not depend on the order of the clicks (and re-sending it is recognised as the same answer).
 */
export function toggleOption(
  options: readonly Choice[],
  optionIds: readonly string[],
  optionId: string,
): string[] {
  const next = new Set(optionIds);
  if (next.has(optionId)) next.delete(optionId);
  else next.add(optionId);
  return options.filter((o) => next.has(o.id)).map((o) => o.id);
}
