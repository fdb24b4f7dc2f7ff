/**
 * The library's search: the facts whose words hold every word of the query. A fact is read
 * with its note and its programme's name and acronym, so "PfP 1994" finds the year of the
 * Partnership for Peace; at least one word must be in the fact or its note, or "partnership"
 * alone would list every fact of every programme named after one. Matching ignores case and
 * accents ("Turkiye" finds "Türkiye") and takes a query word as the start of a word ("partner"
 * finds "partners" and "partnership", not "counterpart"). The matches in the statement and the
 * note are returned as ranges, for highlighting.
 */
import type { Fact, Programme } from "@/content/schema";

export const SEARCH_MAX_QUERY = 100;
export const SEARCH_MAX_RESULTS = 50;

export type FactMatch = {
  programme: Programme;
  fact: Fact;
  /** [start, end) in `fact.statement`, sorted, not overlapping. */
  marks: [number, number][];
  /** The same in `fact.note` (none without a note). */
  noteMarks: [number, number][];
};

/** A text folded for matching, with each folded character's index in the original text. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = text[i]!.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (const char of piece) {
      folded += char;
      origin.push(i);
    }
  }
  return { folded, origin };
}

/** The query's words, folded; none for a blank query. */
export function queryWords(query: string): string[] {
  const words = fold(query.slice(0, SEARCH_MAX_QUERY)).folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)];
}

/** Where `word` starts a word of the folded text. */
function wordStarts(folded: string, word: string): number[] {
  const starts: number[] = [];
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1))
    if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!)) starts.push(at);
  return starts;
}

/** The text's ranges that the words start, merged where they touch. */
function marksIn(text: string, words: readonly string[]): [number, number][] {
  const { folded, origin } = fold(text);
  const ranges = words
    .flatMap((word) =>
      wordStarts(folded, word).map((at): [number, number] => [
        origin[at]!,
        origin[at + word.length - 1]! + 1,
      ]),
    )
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The facts, in content order, that hold every word of the query (at most SEARCH_MAX_RESULTS). */
export function searchFacts(
  programmes: readonly Programme[],
  query: string,
): { matches: FactMatch[]; total: number } {
  // A blank query has no words, and `some` of none is false: nothing matches.
  const words = queryWords(query);
  const matches: FactMatch[] = [];
  let total = 0;
  for (const programme of programmes) {
    const about = [programme.name, programme.acronym ?? ""].join(" ");
    for (const fact of programme.facts) {
      const own = fold([fact.statement, fact.note ?? ""].join("\n")).folded;
      const all = `${own}\n${fold(about).folded}`;
      if (!words.some((word) => wordStarts(own, word).length > 0)) continue;
      if (!words.every((word) => wordStarts(all, word).length > 0)) continue;
      total += 1;
      if (matches.length < SEARCH_MAX_RESULTS)
        matches.push({
          programme,
          fact,
          marks: marksIn(fact.statement, words),
          noteMarks: marksIn(fact.note ?? "", words),
        });
    }
  }
  return { matches, total };
}
