/**
 * Typed answers (cloze and short answer), graded as a fair teacher would.
 * normalizeAnswer: NFKD + strip diacritics, lower case, apostrophes dropped, & -> and, other
 * punctuation and hyphens -> spaces, whitespace collapsed, a leading article or a leading
 * "NATO's" dropped, British/American spellings unified (programme/program), and the prefixes
 * co-/non-/multi-/bi- joined to the next word so "non-member", "non member" and "nonmember"
 * are the same answer.
 * matchTypedAnswer accepts, besides the canonical answer and its aliases:
 * - the app's own display form "Name (ACRONYM)", and either half of it alone;
 * - a year with words around it ("in 1994", "June 2004", "10 January 1994");
 * - one slip (insertion, deletion, substitution or swap of two neighbours: optimal string
 *   alignment) in each word of five letters or more; shorter words and numbers must be exact.
 * It refuses near misses: another year, and any response that is, or is at least as close to,
 * a rejected value (another programme's name or acronym, the opposite term) or a country other
 * than the answer.
 */
import { osaDistance } from "./edit-distance";
import { COUNTRY_NAMES } from "./known-names";

const ARTICLES = new Set(["the", "a", "an"]);
const JOINED_PREFIXES = new Set(["co", "non", "multi", "bi"]);
const SPELLINGS: Record<string, string> = {
  programme: "program",
  programmes: "programs",
  organisation: "organization",
  organisations: "organizations",
  dialog: "dialogue",
  dialogs: "dialogues",
  defence: "defense",
};

const OTHER_SPELLING: Record<string, string> = Object.fromEntries(
  Object.entries(SPELLINGS).map(([british, american]) => [american, british]),
);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function toWords(value: string): string {
  // Plain ASCII (almost every answer) skips Unicode normalisation: same result, much cheaper.
  if (PRINTABLE_ASCII.test(value))
    return value
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, " ");
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

export function normalizeAnswer(value: string): string {
  const tokens = toWords(value).trim().split(" ").filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    if (JOINED_PREFIXES.has(token) && next !== undefined) {
      joined.push(token + next);
      i++;
    } else joined.push(SPELLINGS[token] ?? token);
  }
  // A leading article or "NATO('s)" never changes which answer is meant.
  while (
    joined.length > 1 &&
    (ARTICLES.has(joined[0] as string) || joined[0] === "nato" || joined[0] === "natos")
  )
    joined.shift();
  return joined.join(" ");
}

const MONTHS = new Set(
  (
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
const AROUND_YEAR = new Set([
  "in",
  "the",
  "year",
  "of",
  "on",
  "during",
  "by",
  "st",
  "nd",
  "rd",
  "th",
]);
const YEAR = /^\d{4}$/;

/** The one year a response names with only dates and filler words around it, or null. */
export function yearIn(normalized: string): string | null {
  const words = normalized.split(" ");
  const years = words.filter((w) => YEAR.test(w));
  if (years.length !== 1) return null;
  const rest = words.filter(
    (w) =>
      !YEAR.test(w) &&
      !MONTHS.has(w) &&
      !AROUND_YEAR.has(w) &&
      !/^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/.test(w),
  );
  return rest.length === 0 ? (years[0] as string) : null;
}

/**
 * The number of slips between a response and an answer (both normalised), or null when they
 * differ by more than one slip in any word, when a short word or a number differs, or when the
 * words do not line up (then the whole strings, spaces removed, may differ by one slip).
 */
export function slips(given: string, target: string): number | null {
  if (given === target) return 0;
  const a = given.split(" ");
  const b = target.split(" ");
  if (a.length === b.length) {
    let total = 0;
    for (let i = 0; i < b.length; i++) {
      const x = a[i] as string;
      const y = b[i] as string;
      if (x === y) continue;
      if (y.length < 5 || /\d/.test(x + y)) return null;
      // A slip in the other spelling ("porgrammes" for "programs") is still one slip.
      const other = OTHER_SPELLING[y];
      if (osaDistance(x, y, 1) > 1 && (!other || osaDistance(x, other, 1) > 1)) return null;
      total++;
    }
    return total;
  }
  const x = a.join("");
  const y = b.join("");
  if (y.length < 5 || /\d/.test(x + y)) return null;
  const d = osaDistance(x, y, 1);
  return d <= 1 ? Math.max(d, 1) : null;
}

export interface TypedMatch {
  ok: boolean;
  /** The accepted form the response was matched to. */
  matched: string | null;
  via: "exact" | "alias" | "fuzzy" | null;
  /** Set when the response was recognised as a rejected value (e.g. another programme). */
  rejectedAs: string | null;
}

/** "The Partnership for Peace (PfP)" -> the whole, "Partnership for Peace" and "PfP". */
function readings(response: string): string[] {
  const all = [normalizeAnswer(response)];
  // `s`: a line break inside the name is whitespace like any other, as in normalizeAnswer.
  const m = /^(.*\S)\s*\(([^()]+)\)$/s.exec(response.trim().replace(/[.!?\s]+$/, ""));
  if (m) all.push(normalizeAnswer(m[1] as string), normalizeAnswer(m[2] as string));
  return [...new Set(all.filter(Boolean))];
}

const COUNTRY_FORMS = COUNTRY_NAMES.map((raw) => ({ raw, norm: normalizeAnswer(raw) }));

export function matchTypedAnswer(
  response: string,
  accepted: readonly string[],
  rejected: readonly string[] = [],
): TypedMatch {
  const miss: TypedMatch = { ok: false, matched: null, via: null, rejectedAs: null };
  const given = readings(response);
  if (given.length === 0) return miss;
  const acceptedForms = accepted.map((raw, i) => ({ raw, norm: normalizeAnswer(raw), i }));
  const acceptedKeys = new Set(acceptedForms.map((a) => a.norm));
  // Other countries are wrong answers in their own right, never slips of this one.
  const rejectedForms = [
    ...rejected.map((raw) => ({ raw, norm: normalizeAnswer(raw) })),
    ...COUNTRY_FORMS.filter((c) => !acceptedKeys.has(c.norm)),
  ];
  const exactReject = rejectedForms.find((r) => given.includes(r.norm));
  if (exactReject) return { ...miss, rejectedAs: exactReject.raw };

  for (const g of given)
    for (const a of acceptedForms)
      if (a.norm === g)
        return { ok: true, matched: a.raw, via: a.i === 0 ? "exact" : "alias", rejectedAs: null };

  for (const g of given) {
    const year = yearIn(g);
    if (year === null) continue;
    const hit = acceptedForms.find((a) => a.norm === year);
    if (hit)
      return { ok: true, matched: hit.raw, via: hit.i === 0 ? "exact" : "alias", rejectedAs: null };
  }

  let best: { raw: string; d: number; g: string } | null = null;
  for (const g of given)
    for (const a of acceptedForms) {
      const d = slips(g, a.norm);
      if (d !== null && (best === null || d < best.d)) best = { raw: a.raw, d, g };
    }
  if (!best) return miss;
  const bestGiven = best.g;
  const bestSlips = best.d;
  for (const r of rejectedForms) {
    const d = slips(bestGiven, r.norm);
    if (d !== null && d <= bestSlips) return { ...miss, rejectedAs: r.raw };
  }
  return { ok: true, matched: best.raw, via: "fuzzy", rejectedAs: null };
}
