/** Cloze and short answer: tolerant typed matching (see normalize.ts), all or nothing. */
import { matchTypedAnswer, normalizeAnswer, slips } from "../normalize";
import type { ClozeQuestion, GradeResult } from "../types";

export function gradeTyped(
  accepted: readonly string[],
  rejected: readonly string[],
  text: string,
): GradeResult {
  const match = matchTypedAnswer(text, accepted, rejected);
  return {
    score: match.ok ? 1 : 0,
    correct: match.ok,
    detail: {
      kind: "typed",
      expected: accepted[0] ?? "",
      matched: match.matched,
      via: match.via,
      rejectedAs: match.rejectedAs,
    },
  };
}

/** At most this many of the sentence's words on either side of a blank are read off a response. */
const CONTEXT_WORDS = 3;

/** The sentence's words as written (a hyphenated word is one), punctuation alone left out. */
const writtenWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
/** Tokens as normalizeAnswer reads them; a word in front keeps an opening article. */
const tokens = (words: readonly string[]) =>
  normalizeAnswer(`x ${words.join(" ")}`)
    .split(" ")
    .slice(1);
/** Whether `b` starts with the words of `a`, each allowed the slip a typed answer is. */
const same = (a: readonly string[], b: readonly string[]) =>
  a.every((w, i) => b[i] !== undefined && slips(b[i], w) !== null);

/**
 * A cloze response as written, then without the sentence's own words next to the blank: a
 * learner who types "operational partnerships" into "___ partnerships help ..." has filled the
 * blank and gone on with the sentence. Up to CONTEXT_WORDS whole words of the sentence on each
 * side, compared as normalizeAnswer reads them and with one slip in a long word ("operational
 * partnership"); something must be left.
 */
export function clozeReadings(before: string, after: string, text: string): string[] {
  const given = tokens(writtenWords(text));
  const lead = writtenWords(before);
  const tail = writtenWords(after);
  const leads = [[], ...lead.slice(-CONTEXT_WORDS).map((_, i) => tokens(lead.slice(-(i + 1))))];
  const tails = [[], ...tail.slice(0, CONTEXT_WORDS).map((_, i) => tokens(tail.slice(0, i + 1)))];
  const readings = [text];
  for (const l of leads) {
    if (!same(l, given)) continue;
    for (const t of tails) {
      const rest = given.slice(l.length, given.length - t.length);
      if (l.length + t.length === 0 || rest.length === 0) continue;
      if (same(t, given.slice(given.length - t.length))) readings.push(rest.join(" "));
    }
  }
  return [...new Set(readings)];
}

/**
 * A cloze is right when the response, or what is left of it once the sentence's words are read
 * off, is; a wrong one is reviewed as the learner wrote it.
 */
export function gradeCloze(q: ClozeQuestion, text: string): GradeResult {
  const grades = clozeReadings(q.before, q.after, text).map((reading) =>
    gradeTyped(q.answers, q.rejected, reading),
  );
  return grades.find((g) => g.correct) ?? (grades[0] as GradeResult);
}
