/**
 * Text handling shared by the exchange formats. The app stores every question and card text as
 * plain text and renders it escaped; the formats differ in what they carry (HTML in Moodle XML,
 * escaped plain text in GIFT, HTML fields in Anki). Rules:
 * - normalizeText is the one whitespace rule for anything imported: line breaks unified, no
 *   spaces at line ends, runs of spaces and tabs collapsed, at most one blank line in a row,
 *   no-break spaces made ordinary spaces, trimmed.
 * - htmlToPlainText turns untrusted HTML into plain text with the html-to-text library (block
 *   elements become line breaks, entities are decoded, scripts, styles, images and link targets
 *   are dropped): imported text never carries markup into the app.
 * - Paragraphs: a question's instruction and its statement (true/false), description
 *   (which programme) or gap sentence (cloze) travel as two paragraphs separated by a blank
 *   line, so a format with a single question text can still carry both.
 */
import { compile } from "html-to-text";

export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Compiled once: html-to-text builds its selector tables per options object.
const convert = compile({
  wordwrap: false as const,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
});

export function htmlToPlainText(html: string): string {
  // Without a tag or an entity, HTML is its text with whitespace runs (U+200B too) as a space.
  if (!/[<&]/.test(html)) return normalizeText(html.replace(/[\t\n\f\r \u200b]+/g, " "));
  return normalizeText(convert(html));
}

/** Escapes text for HTML element content and attribute values; line breaks become <br>. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r\n?|\n/g, "<br>");
}

/** Plain text as HTML paragraphs: blank lines separate paragraphs, single breaks become <br>. */
export function toHtmlParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join("");
}

export function joinParagraphs(...parts: string[]): string {
  return parts.filter((part) => part.trim() !== "").join("\n\n");
}

/**
 * Splits a question text into its instruction and its last paragraph; with a single paragraph
 * the instruction is the given default.
 */
export function splitLastParagraph(
  text: string,
  defaultLead: string,
): { lead: string; last: string } {
  const at = text.lastIndexOf("\n\n");
  if (at < 0) return { lead: defaultLead, last: text.trim() };
  return { lead: text.slice(0, at).trim(), last: text.slice(at + 2).trim() };
}

/** Shortens to at most `max` characters on a word boundary, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  // Not between the two halves of a character written as a surrogate pair.
  const end = /[\ud800-\udbff]/.test(flat.charAt(max - 2)) ? max - 2 : max - 1;
  const cut = flat.slice(0, end);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What importers put in a cloze sentence where its blank was, before flattening the text. */
export const BLANK_MARK = "\uFFFC";

/**
 * The plain text before and after a cloze blank: `raw` with its blank (`length` characters at
 * `start`) replaced by a mark, flattened by `flatten`, then split at the mark. Null when the
 * flattened text does not hold the mark exactly once: the blank sat in markup that flattening
 * drops (an attribute, a script), or `raw` held the mark character itself.
 */
export function textAroundBlank(
  raw: string,
  start: number,
  length: number,
  flatten: (text: string) => string,
): [string, string] | null {
  const parts = flatten(`${raw.slice(0, start)}${BLANK_MARK}${raw.slice(start + length)}`).split(
    BLANK_MARK,
  );
  return parts.length === 2 ? [parts[0]!, parts[1]!] : null;
}
