/**
 * The name of a set's copy: "Week 1 quiz (copy)", then "(copy 2)", "(copy 3)"… past the names
 * the instructor already uses, as a file manager names copies. A name at the length limit is
 * shortened before the suffix, so the copy's name is always a valid set name.
 */
export function copyName(name: string, taken: ReadonlySet<string>, maxLength: number): string {
  // A name that is itself a copy is copied from its base: "X (copy)" gives "X (copy 2)".
  const base = name.replace(/ \(copy(?: \d+)?\)$/, "").trim() || name.trim();
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? " (copy)" : ` (copy ${n})`;
    const candidate = base.slice(0, Math.max(1, maxLength - suffix.length)).trimEnd() + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
