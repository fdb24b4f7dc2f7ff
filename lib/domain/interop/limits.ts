/**
 * Import limits, checked before and while parsing. Why these numbers:
 * - File size: the whole generated bank (256 questions with explanations and sources) is
 *   483 KiB of Moodle XML and 213 KiB of GIFT; reading either back takes about 0.3 s warm and
 *   0.6 s cold, up to 2 s on a busy 2-core machine (`npm run bench:interop`). 1 MiB takes the
 *   whole bank twice over while bounding what one request makes the server do: both parsers
 *   hold the whole document in memory, and the PEG parser behind GIFT backtracks.
 * - Question, card, option and text caps: an instructor's set is tens of questions; the caps
 *   stop a file that is small but pathological (one question with 10,000 options) and keep
 *   every imported text displayable.
 */
export const IMPORT_LIMITS = {
  /** Bytes of UTF-8, for GIFT and Moodle XML files. */
  maxQuestionFileBytes: 1024 * 1024,
  /** Bytes of UTF-8, for term/definition lists. */
  maxTermFileBytes: 512 * 1024,
  /**
   * Bytes of an Anki package. Its media are never unpacked, but they arrive with it: a deck of
   * a few thousand text cards is well under 1 MiB, and this leaves room for some images.
   */
  maxAnkiFileBytes: 20 * 1024 * 1024,
  maxQuestions: 500,
  maxCards: 2000,
  /** Options of a choice question, pairs of a matching question, items of an ordering. */
  maxChoices: 20,
  /** Accepted plus rejected forms of a typed answer. */
  maxTypedAnswers: 100,
  /** Characters of one prompt, option, answer, card side or explanation. */
  maxTextLength: 5000,
} as const;

/** UTF-8 length without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function sizeError(text: string, maxBytes: number): string | null {
  const bytes = utf8Length(text);
  if (bytes <= maxBytes) return null;
  const mib = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `the file is ${mib(bytes)}; the limit is ${mib(maxBytes)}: split it into smaller files`;
}
