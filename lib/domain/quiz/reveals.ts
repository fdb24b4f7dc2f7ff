/**
 * Whether one question, read before answering, gives another's answer away, so that one quiz
 * should not ask both. The draw already keeps two questions on one fact apart; these are
 * questions on different facts whose wording meets:
 * - a fill-in-the-blank whose answer another question shows (an option, a stem, a matching
 *   item): "crisis management, ___ and military-to-military contacts" beside a question whose
 *   options are "Crisis management", "Peacekeeping" and "Military-to-military contacts";
 * - a "which programme?" whose key another question names beside four or more words of its
 *   description: "the Middle East and beyond" and "ITPPs" in one stem answer the clue "from the
 *   Euro-Atlantic area to the Middle East and beyond".
 */
import { acronymOf, contentWords, phrase, wordsOf } from "@/lib/domain/questions/quality-text";
import type { Question } from "@/lib/domain/questions/types";

/** A description's words run this long in another question reads as the same statement. */
export const SHARED_RUN = 4;

/** Everything a learner reads before answering: stem, options, items, both columns. */
export function shownText(q: Question): string {
  switch (q.kind) {
    case "true-false":
      return `${q.prompt} ${q.statement}`;
    case "cloze":
      return `${q.prompt} ${q.before} ${q.after}`;
    case "which-programme":
      return [q.prompt, q.description, ...q.options.map((o) => o.text)].join(" ");
    case "single-choice":
    case "multiple-select":
      return [q.prompt, ...q.options.map((o) => o.text)].join(" ");
    case "matching":
      return [q.prompt, ...q.left.map((c) => c.text), ...q.right.map((c) => c.text)].join(" ");
    case "ordering":
      return [q.prompt, ...q.items.map((c) => c.text)].join(" ");
    case "short-answer":
      return q.prompt;
  }
}

/** A programme's names as a stem could use them: "Partnership for Peace (PfP)", "PfP", "PfPs". */
function namesOf(option: string): string[] {
  const name = option.replace(/\s*\([^)]*\)\s*$/, "");
  const acronym = acronymOf(option);
  if (!acronym) return [name];
  const singular = acronym.replace(/s$/, "");
  return [name, singular, `${singular}s`];
}

/** Runs of SHARED_RUN words of `text` holding two words that carry meaning. */
function runsOf(text: string): string[] {
  const words = wordsOf(text);
  const meaningful = new Set(contentWords(text));
  const runs: string[] = [];
  for (let i = 0; i + SHARED_RUN <= words.length; i++) {
    const run = words.slice(i, i + SHARED_RUN);
    if (run.filter((w) => meaningful.has(w)).length >= 2) runs.push(` ${run.join(" ")} `);
  }
  return runs;
}

// Questions are never changed once generated, so what is read from one is kept with it.
const texts = new WeakMap<Question, string>();
function textOf(q: Question): string {
  let text = texts.get(q);
  if (text === undefined) texts.set(q, (text = phrase(shownText(q))));
  return text;
}

/**
 * What would give a question away: phrases any of which suffices (a blank's answers), or a
 * name together with a run of its description (a "which programme?"); null for other kinds.
 */
type Giveaway = { any: string[]; names: string[]; runs: string[] } | null;
const giveaways = new WeakMap<Question, Giveaway>();
function giveawayOf(q: Question): Giveaway {
  if (giveaways.has(q)) return giveaways.get(q)!;
  let found: Giveaway = null;
  if (q.kind === "cloze")
    found = { any: q.answers.map(phrase).filter((p) => p.trim()), names: [], runs: [] };
  if (q.kind === "which-programme") {
    const key = q.options.find((o) => o.id === q.answer)?.text;
    const names = key
      ? namesOf(key)
          .map(phrase)
          .filter((p) => p.trim())
      : [];
    found = { any: [], names, runs: runsOf(q.description) };
  }
  giveaways.set(q, found);
  return found;
}

/** Does `shown`, read before answering, give away `asked`'s answer? */
export function reveals(shown: Question, asked: Question): boolean {
  const giveaway = shown.id === asked.id ? null : giveawayOf(asked);
  if (!giveaway) return false;
  const text = textOf(shown);
  return (
    giveaway.any.some((p) => text.includes(p)) ||
    (giveaway.names.some((n) => text.includes(n)) && giveaway.runs.some((r) => text.includes(r)))
  );
}

const pairsOfBank = new WeakMap<readonly Question[], Map<string, Set<string>>>();

/**
 * For each question, the ids of the others that give it away or that it gives away. Kept with
 * the bank (the server generates it once), as the quiz draws read it on every start.
 */
export function revealingPairs(questions: readonly Question[]): Map<string, Set<string>> {
  const known = pairsOfBank.get(questions);
  if (known) return known;
  const pairs = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    pairs.set(a, (pairs.get(a) ?? new Set()).add(b));
    pairs.set(b, (pairs.get(b) ?? new Set()).add(a));
  };
  for (const asked of questions) {
    if (!giveawayOf(asked)) continue;
    for (const shown of questions) if (reveals(shown, asked)) link(shown.id, asked.id);
  }
  pairsOfBank.set(questions, pairs);
  return pairs;
}
