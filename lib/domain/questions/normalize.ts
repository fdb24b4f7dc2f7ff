/**
 * Tolerant matching of typed answers (cloze and short answer).
 * normalizeAnswer: NFKD + strip diacritics, lower case, apostrophes dropped, & -> and, other
 * punctuation and hyphens -> spaces, whitespace collapsed, a leading article or a leading
 * "NATO's" dropped, British/American spellings unified (programme/program), and the prefixes
 * co-/non-/multi-/bi- joined to the next word so "non-member", "non member" and "nonmember"
 * are the same answer.
 * matchTypedAnswer: exact match on the canonical answer or an alias, otherwise a small
 * Levenshtein tolerance for long, digit-free answers (1 edit from 6 characters, 2 from 12).
 * An answer equal to, or at least as close to, a rejected value (another programme's name or
 * acronym, the opposite term) is never accepted.
 */
import { distance } from "fastest-levenshtein";

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

export function typoTolerance(normalized: string): number {
  if (/\d/.test(normalized)) return 0;
  if (normalized.length >= 12) return 2;
  if (normalized.length >= 6) return 1;
  return 0;
}

export interface TypedMatch {
  ok: boolean;
  /** The accepted form the response was matched to. */
  matched: string | null;
  via: "exact" | "alias" | "fuzzy" | null;
  /** Set when the response was recognised as a rejected value (e.g. another programme). */
  rejectedAs: string | null;
}

export function matchTypedAnswer(
  response: string,
  accepted: readonly string[],
  rejected: readonly string[] = [],
): TypedMatch {
  const given = normalizeAnswer(response);
  const miss: TypedMatch = { ok: false, matched: null, via: null, rejectedAs: null };
  if (!given) return miss;
  const rejectedForms = rejected.map((r) => ({ raw: r, norm: normalizeAnswer(r) }));
  const exactReject = rejectedForms.find((r) => r.norm === given);
  if (exactReject) return { ...miss, rejectedAs: exactReject.raw };

  let best: { raw: string; d: number } | null = null;
  for (let i = 0; i < accepted.length; i++) {
    const raw = accepted[i] as string;
    const norm = normalizeAnswer(raw);
    if (norm === given)
      return { ok: true, matched: raw, via: i === 0 ? "exact" : "alias", rejectedAs: null };
    const tolerance = typoTolerance(norm);
    if (tolerance === 0 || Math.abs(norm.length - given.length) > tolerance) continue;
    const d = distance(norm, given);
    if (d <= tolerance && (best === null || d < best.d)) best = { raw, d };
  }
  if (!best) return miss;
  for (const r of rejectedForms)
    if (Math.abs(r.norm.length - given.length) <= best.d && distance(r.norm, given) <= best.d)
      return { ...miss, rejectedAs: r.raw };
  return { ok: true, matched: best.raw, via: "fuzzy", rejectedAs: null };
}
