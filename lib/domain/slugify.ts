/**
 * Readable ids from text ("Military-to-military contacts" -> "military-to-military-contacts"),
 * used for option ids and id variants so that they stay stable while the text is unchanged.
 */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || "x";
}
