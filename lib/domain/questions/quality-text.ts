/**
 * Text helpers of the quality report (pure): content words, a light stem match and the
 * giveaways a test-wise learner uses without knowing the subject (the key, its acronym, its
 * initials or a word only the key has, found in the stem).
 *
 * A word of the key is "distinctive" when no other option shares it; words every stem of this
 * domain uses (NATO, partner, programme, country, security...) never count, since they point at
 * no option in particular. Two words match when they share their first six letters, or when the
 * shorter (five letters or more) begins the longer: "operations" gives "Operational" away,
 * "consult" gives "Consultations" away.
 */

const STOP_WORDS = new Set(
  (
    "a an and are as at be been both but by can did do does for from had has have how in into is " +
    "it its not of on one or own per rather so such than that the their them then there these " +
    "they this those to was were what when where whether which while who whom whose why will " +
    "with within without would all any each every more most other some only same also very"
  ).split(" "),
);

/** Words of this subject that appear in stems and options of every kind. */
const DOMAIN_WORDS = new Set(
  (
    "nato natos alliance alliances allied allies ally partner partners partnership partnerships " +
    "programme programmes program programs country countries state states member members " +
    "nonmember nonmembers non security cooperation article articles according format formats"
  ).split(" "),
);

/** Lower-case words (letters and digits), hyphens and apostrophes split or dropped. */
export function wordsOf(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words that can carry meaning: four letters or more (or a number), no stop or domain word. */
export function contentWords(text: string): string[] {
  return wordsOf(text).filter(
    (w) => (w.length >= 4 || /^\d+$/.test(w)) && !STOP_WORDS.has(w) && !DOMAIN_WORDS.has(w),
  );
}

/** A word's root as options are compared: its first six letters (a plural's "s" dropped). */
export const rootOf = (word: string) => word.replace(/s$/, "").slice(0, 6);

export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 6 && b.length >= 6) return a.slice(0, 6) === b.slice(0, 6);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** The text as space-separated words, for whole-phrase containment checks. */
export function phrase(text: string): string {
  return ` ${wordsOf(text).join(" ")} `;
}

export function containsPhrase(haystack: string, needle: string): boolean {
  const n = phrase(needle);
  return n.trim().length > 0 && phrase(haystack).includes(n);
}

/** "Partnership for Peace (PfP)" -> "PfP"; null without a parenthesised acronym. */
export function acronymOf(text: string): string | null {
  const m = /\(([A-Za-z]{2,8})\)\s*$/.exec(text);
  return m ? (m[1] as string) : null;
}

/** Initials of a short multi-word name: "Partnership for Peace" -> "pfp" (null otherwise). */
export function initialsOf(text: string): string | null {
  const words = wordsOf(text.replace(/\([^)]*\)\s*$/, ""));
  if (words.length < 2 || words.length > 6) return null;
  return words.map((w) => w[0]).join("");
}

/**
 * How the stem gives the key away, or null: the key itself, its acronym, its initials, or a
 * content word of the key that no other option shares.
 */
export function giveaway(key: string, others: readonly string[], stem: string): string | null {
  if (containsPhrase(stem, key.replace(/\([^)]*\)\s*$/, ""))) return `names the key "${key}"`;
  const stemWords = wordsOf(stem);
  const stemTokens = new Set(stemWords);
  const acronym = acronymOf(key)?.toLowerCase();
  if (acronym && (stemTokens.has(acronym) || stemTokens.has(acronym.replace(/s$/, ""))))
    return `gives the key's acronym "${acronymOf(key)}"`;
  const initials = initialsOf(key);
  if (
    initials &&
    initials.length >= 2 &&
    (stemTokens.has(initials) || stemTokens.has(`${initials}s`))
  )
    return `gives the key's initials "${initials}"`;
  const otherWords = others.flatMap((o) => [...contentWords(o), ...wordsOf(acronymOf(o) ?? "")]);
  const stemContent = contentWords(stem);
  for (const word of contentWords(key)) {
    if (otherWords.some((o) => sameStem(o, word))) continue;
    const hit = stemContent.find((s) => sameStem(s, word));
    if (hit) return `echoes the key's word "${word}" ("${hit}")`;
  }
  return null;
}

const ANAPHORIC = /\b(this|these|those|such)\s+([\p{L}-]+)/giu;
const LEADING_PRONOUN = /^\s*(their|its|they|it|these|this|those|such)\b/i;
/** Nouns after "these" that point at the question's own options or items. */
const SELF_REFERENCE = new Set([
  "options",
  "answers",
  "statements",
  "choices",
  "items",
  "events",
  "countries",
]);

/**
 * Why a stem leans on text outside the question ("these consultations", a leading "Their"), or
 * null. "Which of these ..." and a noun already named earlier in the stem are fine.
 */
export function danglingReference(stem: string): string | null {
  const lead = LEADING_PRONOUN.exec(stem);
  if (lead) return `starts with "${lead[1]}"`;
  for (const m of stem.matchAll(ANAPHORIC)) {
    const before = stem.slice(0, m.index);
    const noun = (m[2] as string).toLowerCase();
    if (m[1]?.toLowerCase() === "such" && ["as", "a", "an"].includes(noun)) continue;
    // "those of its neighbours", "those that ...": a pronoun for a noun named just before.
    if (["of", "that", "which", "who"].includes(noun)) continue;
    if (/\b(of|the following)\s*$/i.test(before) || SELF_REFERENCE.has(noun)) continue;
    const earlier = wordsOf(before);
    if (earlier.some((w) => sameStem(w, noun.replace(/-/g, "")))) continue;
    return `"${m[0]}" refers to something the question does not name`;
  }
  return null;
}
