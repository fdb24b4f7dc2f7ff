/**
 * One rule for "this set already has it", so that importing a file again adds nothing: a card
 * is the same as another with the same front, as the card form and a term list already say; a
 * question is the same as another of the same kind that reads the same: its prompt, with the
 * statement of a true/false question, the sentence of a fill-in-the-blank one or the
 * description of a "which programme" one, or the items of a matching or ordering one (their
 * prompts alone are generic: "True or false?", "Put these events in chronological order").
 * Case and the spaces around a text aside, as the form's check (a case-insensitive match of the
 * trimmed front). Options and answers are not compared: a file that changed only an option
 * holds a new version, to write in the form, not a second copy to set beside the first.
 * The forms refuse what an import would skip: a card or question the set has already.
 */

const comparable = (text: string) => text.trim().toLowerCase();

export function cardIdentity(card: { front: string }): string {
  return comparable(card.front);
}

/** What of a question (lib/domain/questions/types.ts) a learner reads before the options. */
type QuestionText = {
  kind: string;
  prompt: string;
  statement?: string;
  description?: string;
  before?: string;
  after?: string;
  /** Matching: the two columns; ordering: the items (compared in any order). */
  left?: readonly { text: string }[];
  right?: readonly { text: string }[];
  items?: readonly { text: string }[];
};

const texts = (list: readonly { text: string }[] | undefined) =>
  list ? list.map((item) => comparable(item.text)).sort() : [];

export function questionIdentity(question: QuestionText): string {
  const { kind, prompt, statement, description, before, after } = question;
  const stem = statement ?? description ?? (before === undefined ? "" : `${before}___${after}`);
  const { left, right, items } = question;
  // A matching or ordering question's prompt is its instruction; what it asks is its items.
  const lists = left || right || items ? [texts(left), texts(right), texts(items)] : [];
  return JSON.stringify([kind, comparable(prompt), comparable(stem), ...lists]);
}

/**
 * The items whose identity is not among `existing` (the set's own items), in order, and how
 * many were left out for being there already. Items of the file that are the same as each other
 * are not compared here: a term list refuses them and an Anki import counts them itself.
 */
export function leaveOutExisting<T>(
  items: readonly T[],
  existing: Iterable<string>,
  identity: (item: T) => string,
): { kept: T[]; alreadyInSet: number } {
  const taken = new Set(existing);
  const kept = items.filter((item) => !taken.has(identity(item)));
  return { kept, alreadyInSet: items.length - kept.length };
}

/**
 * The first of `existing` that is the same as `item`, or undefined: what the card and question
 * forms name when they refuse an item the set already has.
 */
export function findSameItem<T, U extends T>(
  item: T,
  existing: Iterable<U>,
  identity: (item: T) => string,
): U | undefined {
  const wanted = identity(item);
  for (const other of existing) if (identity(other) === wanted) return other;
  return undefined;
}
