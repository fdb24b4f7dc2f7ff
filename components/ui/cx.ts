/**
 * Joins class-name pieces, skipping empty ones: keeps long Tailwind lists within the line width.
 */
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
