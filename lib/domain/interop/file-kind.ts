/**
 * What kind of file an upload looks like, from its first bytes and lines, so that a file
 * chosen under the wrong format is named as what it is, rather than answered with an error for
 * each of its lines (a Moodle XML file read as a CSV term list gave 1,470). Only a sure sign
 * counts; anything else is null and the chosen format's own errors stand.
 */
export type FileKind = "moodle-xml" | "gift" | "term-list" | "apkg";

export const FILE_KIND_NAMES: Record<FileKind, string> = {
  "moodle-xml": "a Moodle XML question file",
  gift: "a GIFT question file",
  "term-list": "a term list (TSV or CSV)",
  apkg: "an Anki package",
};

/** The format to choose for a file of this kind, as the import form names it. */
export const FILE_KIND_FORMATS: Record<FileKind, string> = {
  "moodle-xml": "Moodle XML",
  gift: "GIFT",
  "term-list": "Tab-separated or CSV",
  apkg: "Anki package",
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function sniffFileKind(body: string | Uint8Array): FileKind | null {
  if (typeof body !== "string") {
    if (ZIP.every((b, i) => body[i] === b)) return "apkg";
    return sniffFileKind(new TextDecoder().decode(body.subarray(0, 64 * 1024)));
  }
  if (body.startsWith("PK\u0003\u0004")) return "apkg";
  const text = body.replace(/^\uFEFF/, "").trimStart();
  if (/^<(\?xml|quiz[\s>])/i.test(text)) return "moodle-xml";
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"));
  if (lines.length === 0) return null;
  // GIFT: a question's answers in braces ("{=right ~wrong}", "{T}", "{#3}").
  if (lines.some((line) => /\{\s*(?:[=~#]|T\s*\}|F\s*\}|TRUE\s*\}|FALSE\s*\})/i.test(line)))
    return "gift";
  // A term list: every line two columns, by a tab, or by a comma with no braces anywhere.
  if (lines.every((line) => line.includes("\t"))) return "term-list";
  if (!text.includes("{") && lines.every((line) => line.includes(","))) return "term-list";
  return null;
}

/** The format choices that read a file of this kind. */
export const FORMATS_OF_KIND: Record<FileKind, readonly string[]> = {
  "moodle-xml": ["moodle-xml"],
  gift: ["gift"],
  "term-list": ["tsv", "csv"],
  apkg: ["apkg"],
};
