/**
 * Paragraph and sentence numbering of a source document (pure, no I/O).
 *
 * Rule: a paragraph is a non-empty line, numbered from 1 in reading order (line 1 of the
 * article, the intro, is paragraph 1). A line that does not end with sentence punctuation is
 * a heading ("The Partnership for Peace (PfP)"): it is numbered like any paragraph, may be
 * cited, but holds no statement, so the coverage test does not require a fact for it.
 * Sentences are numbered from 1 inside their paragraph; a sentence ends at . ! or ? followed
 * by whitespace and an upper-case letter, a digit or an opening quote.
 */
import type { SourceParagraph } from "./schema";

// Abbreviations whose final dot must not end a sentence.
const ABBREVIATIONS = ["e.g.", "i.e.", "etc.", "Mr.", "Mrs.", "Dr.", "St.", "U.S.", "U.K.", "No."];

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.some((abbr) => candidate.endsWith(` ${abbr}`) || candidate === abbr))
      continue;
    sentences.push(candidate.trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

export function isHeading(line: string): boolean {
  return !/[.!?]["”’)]?$/.test(line.trim());
}

export function splitParagraphs(text: string): SourceParagraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const heading = isHeading(line);
      return { n: i + 1, text: line, heading, sentences: heading ? [line] : splitSentences(line) };
    });
}
