/**
 * The quality report of a question bank (pure): each measure names its target and the ids of
 * the questions that break it, so content:check can print it and fail, and a unit test can hold
 * the real bank to it. The rules are those a careful teacher applies to a multiple-choice test:
 * nothing in the stem gives the key away, distractors are of the key's kind, the key does not
 * stand out by length or by form, true and false are balanced and not told apart by sweeping
 * words, no set of wrong options is recycled, no question is asked twice, every stem stands on
 * its own, explanations teach rather than repeat, years and acronyms stay a small share, and
 * enough questions ask for more than recall. Nor may a learner do much better than chance by
 * picking the longest option or by calling long statements true, nor fill a cloze from the
 * idiom around its blank, nor strike out options by a word the bank only ever offers wrong, nor
 * find the key as the option most like the others.
 */
import { normalizeAnswer } from "./normalize";
import { withoutSourceNote } from "./explanation-text";
import {
  containsPhrase,
  contentWords,
  danglingReference,
  giveaway,
  rootOf,
  wordsOf,
} from "./quality-text";
import {
  LEVELS,
  QUESTION_KINDS,
  type Choice,
  type Question,
  type QuestionKind,
  type QuestionLevel,
} from "./types";

export interface Measure {
  id: string;
  label: string;
  target: string;
  /** The measured value as shown ("0", "48.5%"). */
  value: string;
  ok: boolean;
  /** Ids of the questions that break the rule, each with why when useful. */
  offenders: string[];
}

const count = (label: string, id: string, target: string, offenders: string[]): Measure => ({
  id,
  label,
  target,
  value: String(offenders.length),
  ok: offenders.length === 0,
  offenders,
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function optionsOf(q: Question): { key: Choice[]; wrong: Choice[] } | null {
  if (q.kind === "single-choice" || q.kind === "which-programme")
    return {
      key: q.options.filter((o) => o.id === q.answer),
      wrong: q.options.filter((o) => o.id !== q.answer),
    };
  if (q.kind === "multiple-select")
    return {
      key: q.options.filter((o) => q.answers.includes(o.id)),
      wrong: q.options.filter((o) => !q.answers.includes(o.id)),
    };
  return null;
}

/** Everything the learner reads before answering, apart from the options. */
export function stemOf(q: Question): string {
  switch (q.kind) {
    case "true-false":
      return `${q.prompt} ${q.statement}`;
    case "which-programme":
      return `${q.prompt} ${q.description}`;
    case "cloze":
      return `${q.before} ${q.after}`;
    default:
      return q.prompt;
  }
}

const text = (c: Choice) => c.text;

/** 1. Key (its acronym, initials or a word only it has) in the stem or its own description. */
export function measureKeyInStem(bank: readonly Question[]): Measure {
  const offenders: string[] = [];
  for (const q of bank) {
    const found: string[] = [];
    const options = optionsOf(q);
    if (options) {
      for (const key of options.key) {
        const others = [...options.key, ...options.wrong].filter((o) => o !== key).map(text);
        const hit = giveaway(key.text, others, stemOf(q));
        if (hit) found.push(hit);
      }
    } else if (q.kind === "short-answer" || q.kind === "cloze") {
      const key = q.kind === "cloze" ? (q.answers[0] ?? "") : q.answer;
      const hit = giveaway(key, q.rejected, stemOf(q));
      if (hit) found.push(hit);
    } else if (q.kind === "matching") {
      for (const pair of q.answer) {
        const left = q.left.find((l) => l.id === pair.leftId);
        const right = q.right.find((r) => r.id === pair.rightId);
        if (!left || !right) continue;
        const others = q.left.filter((l) => l.id !== left.id).map(text);
        const hit = giveaway(left.text, others, right.text);
        if (hit) found.push(`its description ${hit}`);
      }
    }
    if (found.length) offenders.push(`${q.id}: ${found.join("; ")}`);
  }
  return count("key given away by the stem or its own description", "key-in-stem", "0", offenders);
}

const YEAR = /^\d{4}$/;

/** 2. Distractors of another category than the key (a far year counts as another category). */
export function measureDistractorCategory(bank: readonly Question[], nearYears = 10): Measure {
  const offenders: string[] = [];
  for (const q of bank) {
    const options = optionsOf(q);
    const key = options?.key[0];
    if (!options || !key?.category) continue;
    const bad = options.wrong.filter((o) => {
      if (o.category !== key.category) return true;
      if (key.category !== "year") return false;
      return !YEAR.test(o.text) || Math.abs(Number(o.text) - Number(key.text)) > nearYears;
    });
    if (bad.length)
      offenders.push(
        `${q.id}: ${bad.map((o) => `"${o.text}" (${o.category ?? "?"})`).join(", ")} ` +
          `for a ${key.category}`,
      );
  }
  return count(
    "distractor of another category than the key",
    "distractor-category",
    "0",
    offenders,
  );
}

/** 3. Share of true statements among true/false questions. */
export function measureTrueShare(bank: readonly Question[], low = 0.4, high = 0.6): Measure {
  const tf = bank.filter((q) => q.kind === "true-false");
  const trues = tf.filter((q) => q.kind === "true-false" && q.answer).length;
  const share = tf.length ? trues / tf.length : 0.5;
  const ok = share >= low && share <= high;
  return {
    id: "true-share",
    label: "share of true statements among true/false questions",
    target: `${pct(low)}-${pct(high)}`,
    value: `${pct(share)} (${trues} of ${tf.length})`,
    ok,
    offenders: [],
  };
}

/**
 * 3b. The same share within each level of thinking, since a quiz can ask for one level: when
 * every misconception statement was false, a learner who chose "Misconceptions" could answer
 * "false" throughout and score full marks. Levels with fewer than `minCount` true/false
 * questions are left out (too few to balance); the offenders are the levels off target.
 */
export function measureTrueShareByLevel(
  bank: readonly Question[],
  low = 0.25,
  high = 0.75,
  minCount = 4,
): Measure {
  const rows = LEVELS.flatMap((level) => {
    const tf = bank.filter((q) => q.kind === "true-false" && q.level === level);
    if (tf.length < minCount) return [];
    const trues = tf.filter((q) => q.kind === "true-false" && q.answer).length;
    return [{ level, share: trues / tf.length, trues, count: tf.length }];
  });
  const off = rows.filter((r) => r.share < low || r.share > high);
  return {
    id: "true-share-by-level",
    label: "share of true statements within each level of thinking",
    target: `${pct(low)}-${pct(high)} (levels with ${minCount} or more)`,
    value: rows.map((r) => `${r.level} ${pct(r.share)}`).join(", "),
    ok: off.length === 0,
    offenders: off.map((r) => `${r.level}: ${r.trues} of ${r.count} true`),
  };
}

/** 4. The same set of distractors used by more than `max` questions. */
export function measureDistractorSetReuse(bank: readonly Question[], max = 5): Measure {
  const bySet = new Map<string, string[]>();
  for (const q of bank) {
    const options = optionsOf(q);
    if (!options) continue;
    const key = options.wrong
      .map((o) => normalizeAnswer(o.text))
      .sort()
      .join(" | ");
    bySet.set(key, [...(bySet.get(key) ?? []), q.id]);
  }
  const offenders = [...bySet.entries()]
    .filter(([, ids]) => ids.length > max)
    .flatMap(([set, ids]) => ids.map((id) => `${id}: set "${set}" used ${ids.length} times`));
  return count(
    `the same distractor set used by more than ${max} questions`,
    "distractor-set-reuse",
    "0",
    offenders,
  );
}

function signature(q: Question): string | null {
  const norm = (s: string) => normalizeAnswer(s);
  const options = optionsOf(q);
  if (options)
    return [
      q.kind,
      options.key.map((o) => norm(o.text)).sort(),
      q.kind === "which-programme" ? norm(q.description) : "",
      [...options.key, ...options.wrong].map((o) => norm(o.text)).sort(),
    ].join("#");
  switch (q.kind) {
    case "true-false":
      return `tf#${norm(q.statement)}`;
    case "cloze":
      return `cloze#${norm(`${q.before} ${q.after}`)}`;
    case "short-answer":
      return `short#${norm(q.prompt)}`;
    case "ordering":
      return `order#${q.items.map((i) => norm(i.text)).sort()}`;
    default:
      return null;
  }
}

/** 5. Duplicates (same key and options, same statement) and matchings sharing 3 pairs. */
export function measureDuplicates(bank: readonly Question[], sharedPairs = 3): Measure {
  const offenders: string[] = [];
  const seen = new Map<string, string>();
  for (const q of bank) {
    const sig = signature(q);
    if (sig === null) continue;
    const first = seen.get(sig);
    if (first) offenders.push(`${q.id}: duplicates ${first}`);
    else seen.set(sig, q.id);
  }
  const matchings = bank.flatMap((q) =>
    q.kind === "matching"
      ? [
          {
            id: q.id,
            pairs: new Set(
              q.answer.map((p) => {
                const l = q.left.find((x) => x.id === p.leftId)?.text ?? "";
                const r = q.right.find((x) => x.id === p.rightId)?.text ?? "";
                return `${normalizeAnswer(l)}=${normalizeAnswer(r)}`;
              }),
            ),
          },
        ]
      : [],
  );
  matchings.forEach((a, i) => {
    for (const b of matchings.slice(i + 1)) {
      const shared = [...a.pairs].filter((p) => b.pairs.has(p)).length;
      if (shared >= sharedPairs) offenders.push(`${b.id}: shares ${shared} pairs with ${a.id}`);
    }
  });
  return count("duplicates and near-duplicates", "duplicates", "0", offenders);
}

/** 6. Stems that lean on text outside the question. */
export function measureDanglingStems(bank: readonly Question[]): Measure {
  const offenders: string[] = [];
  for (const q of bank) {
    const parts =
      q.kind === "true-false"
        ? [q.statement]
        : q.kind === "which-programme"
          ? [q.prompt, q.description]
          : q.kind === "cloze"
            ? [`${q.before}___${q.after}`]
            : [q.prompt];
    for (const part of parts) {
      const why = danglingReference(part);
      if (why) {
        offenders.push(`${q.id}: ${why}`);
        break;
      }
    }
  }
  return count("stems that lean on text outside the question", "dangling-stem", "0", offenders);
}

/** The explanation without its citation and without a leading "True." / "False.". */
export function explanationBody(q: Question): string {
  return withoutSourceNote(q.explanation)
    .replace(/^(True|False)\.\s*/, "")
    .trim();
}

/** 7. Explanations that only repeat the stem (for a gap: the stem with the gap filled). */
export function measureExplanationEchoes(bank: readonly Question[]): Measure {
  const offenders: string[] = [];
  for (const q of bank) {
    const stems =
      q.kind === "true-false"
        ? [q.statement]
        : q.kind === "cloze"
          ? q.answers.map((a) => `${q.before}${a}${q.after}`)
          : [q.prompt];
    const body = normalizeAnswer(explanationBody(q));
    if (stems.some((s) => normalizeAnswer(s) === body))
      offenders.push(`${q.id}: the explanation repeats the stem`);
  }
  return count("explanation equal to its stem once normalised", "explanation-echo", "0", offenders);
}

const YEAR_TEMPLATES = new Set([
  "single-choice.year",
  "true-false.wrong-year",
  "matching.years",
  "ordering.chronology",
]);

/** Whether a question asks for a year (or turns on one) or for an acronym's expansion. */
export function asksYearOrAcronym(q: Question): boolean {
  if (YEAR_TEMPLATES.has(q.tags.template)) return true;
  if (/\b(stand for|acronym|abbreviat)/i.test(stemOf(q))) return true;
  const options = optionsOf(q);
  if (options) return options.key.some((o) => YEAR.test(o.text.trim()));
  if (q.kind === "cloze") return q.answers.some((a) => YEAR.test(a.trim()));
  if (q.kind === "true-false") return /\b(1[89]|20)\d\d\b/.test(q.statement);
  return false;
}

/** 8. Share of a bank asking for a year or an acronym's expansion (checked on each bank). */
export function measureYearAcronymShare(
  banks: ReadonlyArray<{ name: string; bank: readonly Question[] }>,
  max = 0.15,
): Measure {
  const parts = banks.map(({ name, bank }) => {
    const hits = bank.filter(asksYearOrAcronym);
    return { name, share: bank.length ? hits.length / bank.length : 0, hits };
  });
  return {
    id: "year-acronym-share",
    label: "share of the bank asking for a year or an acronym's expansion",
    target: `<= ${pct(max)}`,
    value: parts.map((p) => `${p.name} ${pct(p.share)} (${p.hits.length})`).join(", "),
    ok: parts.every((p) => p.share <= max),
    offenders: parts.filter((p) => p.share > max).flatMap((p) => p.hits.map((q) => q.id)),
  };
}

/** 9. A key that stands out by length (much longer or much shorter than every distractor). */
export function measureKeyLength(bank: readonly Question[], factor = 1.5): Measure {
  const offenders: string[] = [];
  for (const q of bank) {
    if (q.kind !== "single-choice" && q.kind !== "which-programme") continue;
    const options = optionsOf(q);
    const key = options?.key[0];
    if (!options || !key || options.wrong.length < 2) continue;
    const lengths = options.wrong.map((o) => o.text.length);
    const longest = Math.max(...lengths);
    const shortest = Math.min(...lengths);
    if (key.text.length > factor * longest || factor * key.text.length < shortest)
      offenders.push(
        `${q.id}: key of ${key.text.length} characters, others ${shortest}-${longest}`,
      );
  }
  return count("key that stands out by its length", "key-length", "0", offenders);
}

/** 10. A distractor named in the stem (the stem then points at or away from it). */
export function measureDistractorInStem(bank: readonly Question[]): Measure {
  const offenders: string[] = [];
  for (const q of bank) {
    const options = optionsOf(q);
    if (!options) continue;
    const stem = stemOf(q);
    const named = options.wrong.filter((o) =>
      containsPhrase(stem, o.text.replace(/\([^)]*\)\s*$/, "")),
    );
    if (named.length)
      offenders.push(`${q.id}: names ${named.map((o) => `"${o.text}"`).join(", ")}`);
  }
  return count("distractor named in the stem", "distractor-in-stem", "0", offenders);
}

/** 11. Questions above recall from the source alone, in total and per topic of the source. */
export function measureAboveRecall(
  sourceBank: readonly Question[],
  topics: readonly string[],
  minTotal = 60,
  minPerTopic = 6,
): Measure {
  const above = sourceBank.filter((q) => q.level !== "recall" && q.scope === "source");
  const perTopic = topics.map((t) => ({
    t,
    n: above.filter((q) => q.tags.topic === t).length,
  }));
  const short = perTopic.filter((p) => p.n < minPerTopic);
  return {
    id: "above-recall",
    label: "questions above recall from the source alone (total; fewest in one topic)",
    target: `>= ${minTotal}; >= ${minPerTopic} per topic`,
    value: `${above.length}; ${Math.min(...perTopic.map((p) => p.n))}`,
    ok: above.length >= minTotal && short.length === 0,
    offenders: short.map((p) => `${p.t}: ${p.n}`),
  };
}

/** An option's first word, lower-cased, as a learner would compare options' openings. */
const openingWord = (text: string) => wordsOf(text)[0];

/**
 * 12. A key that stands out by its form: every distractor opens with the same word ("It says
 * ...", "All of them ...") and no key does, so the odd one out is the answer whatever the
 * learner knows.
 */
export function measureKeyForm(bank: readonly Question[]): Measure {
  const offenders: string[] = [];
  for (const q of bank) {
    const options = optionsOf(q);
    if (!options || options.key.length === 0 || options.wrong.length < 2) continue;
    const openings = new Set(options.wrong.map((o) => openingWord(o.text)));
    const [shared] = openings;
    if (openings.size === 1 && options.key.every((o) => openingWord(o.text) !== shared))
      offenders.push(`${q.id}: every distractor opens with "${shared}", the key does not`);
  }
  return count("key that stands out by its form", "key-form", "0", offenders);
}

/** Words that make a statement sweeping: test-wise learners mark such statements false. */
const SWEEPING_WORDS = new Set([
  ...["all", "always", "any", "automatically", "cannot", "completely", "entirely", "every"],
  ...["exactly", "must", "never", "no", "none", "only", "solely"],
]);
const isSweeping = (text: string) => wordsOf(text).some((word) => SWEEPING_WORDS.has(word));

/**
 * 13. Sweeping words as a cue in true/false: the share of false statements with one of
 * SWEEPING_WORDS may be at most `maxGap` above the share of true ones, or "only" and "always"
 * tell the answer without the subject. The offenders are the false statements that use one.
 */
export function measureAbsoluteCue(bank: readonly Question[], maxGap = 0.1): Measure {
  const statements = bank.flatMap((q) =>
    q.kind === "true-false"
      ? [{ id: q.id, answer: q.answer, sweeping: isSweeping(q.statement) }]
      : [],
  );
  const shareOf = (answer: boolean) => {
    const group = statements.filter((s) => s.answer === answer);
    return group.length ? group.filter((s) => s.sweeping).length / group.length : 0;
  };
  const gap = shareOf(false) - shareOf(true);
  const ok = gap <= maxGap;
  return {
    id: "absolute-cue",
    label: "sweeping words in false statements, above their share in true ones",
    target: `<= ${(100 * maxGap).toFixed(0)} points`,
    value: `false ${pct(shareOf(false))}, true ${pct(shareOf(true))}`,
    ok,
    offenders: ok ? [] : statements.filter((s) => !s.answer && s.sweeping).map((s) => s.id),
  };
}

/**
 * 14. The longest option as a cue: a learner who always picks the longest option should score
 * no better than chance. Counts the single-key questions whose key is strictly the longest
 * option, against the count chance gives (one in the number of options, summed); at most
 * `factor` times that. Measure 9 catches one key far longer than the rest; this one catches
 * many keys each a little longer, which a test-wise learner exploits just the same.
 */
export function measureLongestKey(bank: readonly Question[], factor = 1.25): Measure {
  const longest: string[] = [];
  let chance = 0;
  for (const q of bank) {
    if (q.kind !== "single-choice" && q.kind !== "which-programme") continue;
    const options = optionsOf(q);
    const key = options?.key[0];
    if (!options || !key || options.wrong.length === 0) continue;
    chance += 1 / q.options.length;
    if (options.wrong.every((o) => o.text.length < key.text.length)) longest.push(q.id);
  }
  const ok = longest.length <= factor * chance;
  return {
    id: "longest-key",
    label: "key the longest option, against chance",
    target: `<= ${factor} x chance`,
    value: `${longest.length} (chance ${chance.toFixed(1)})`,
    ok,
    offenders: ok ? [] : longest,
  };
}

/**
 * 15. Length as a cue in true/false: careful true statements tend to come out longer than
 * false ones, and a learner who answers "true" to every statement longer than the median (or
 * "false", whichever scores better) should score little above chance. The share such a learner
 * gets right may be at most `max`.
 */
export function measureLengthCue(bank: readonly Question[], max = 0.6): Measure {
  const statements = bank.flatMap((q) =>
    q.kind === "true-false" ? [{ length: q.statement.length, answer: q.answer }] : [],
  );
  const lengths = statements.map((s) => s.length).sort((a, b) => a - b);
  const n = lengths.length;
  const median = n ? (lengths[Math.floor((n - 1) / 2)]! + lengths[Math.floor(n / 2)]!) / 2 : 0;
  const right = statements.filter((s) => s.length > median === s.answer).length;
  const share = statements.length
    ? Math.max(right, statements.length - right) / statements.length
    : 0.5;
  return {
    id: "length-cue",
    label: "true/false answered right by length alone (long = true, or long = false)",
    target: `<= ${pct(max)}`,
    value: pct(share),
    ok: share <= max,
    offenders: [],
  };
}

/** Number words up to a hundred, as a cloze may blank "seven" or "twenty-five". */
const NUMBER_WORDS = new Set([
  ...["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"],
  ...["twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"],
  ...["nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
  "hundred",
]);

/** A name (it opens with a capital) or a number, in digits or in words. */
function isNameOrNumber(answer: string): boolean {
  const words = wordsOf(answer);
  return (
    /^\p{Lu}/u.test(answer) ||
    (words.length > 0 && words.every((word) => /^\d+$/.test(word) || NUMBER_WORDS.has(word)))
  );
}

/** The short texts a question asks about as answers: its options, pairs and typed answers. */
function answerTexts(q: Question): string[] {
  switch (q.kind) {
    case "single-choice":
    case "multiple-select":
    case "which-programme":
      return q.options.map(text);
    case "matching":
      return [...q.left, ...q.right].map(text);
    case "ordering":
      return q.items.map(text);
    case "short-answer":
      return q.accepted;
    default:
      return [];
  }
}

/**
 * 16. A cloze blanks a term of the subject, not an everyday word its neighbours give away ("a
 * ___ of international security cooperation" is "cornerstone" to anyone who reads English).
 * Its answer is a name or a number, or a term the bank asks about elsewhere: part of an option,
 * a matched or ordered item or a typed answer of at most `maxWords` words, such as a programme,
 * an area of cooperation, an aim or a country. Other clozes' answers do not count, or two
 * everyday blanks would vouch for each other.
 */
export function measureClozeTerm(bank: readonly Question[], maxWords = 4): Measure {
  const terms = bank.flatMap(answerTexts).filter((t) => wordsOf(t).length <= maxWords);
  const offenders = bank.flatMap((q) => {
    if (q.kind !== "cloze") return [];
    const answer = q.answers[0] ?? "";
    if (isNameOrNumber(answer) || terms.some((t) => containsPhrase(t, answer))) return [];
    return [`${q.id}: "${answer}" is no name, number or term the bank asks about`];
  });
  return count("cloze blank that is not a term of the subject", "cloze-term", "0", offenders);
}

const rootsOf = (choices: readonly Choice[]) =>
  new Set(choices.flatMap((c) => contentWords(c.text).map(rootOf)));

interface TellItem {
  q: Question;
  options: { key: Choice[]; wrong: Choice[] };
  keyRoots: Set<string>;
  wrongRoots: Set<string>;
}

function tellItems(bank: readonly Question[], take: (q: Question) => boolean): TellItem[] {
  return bank.flatMap((q) => {
    const options = take(q) ? optionsOf(q) : null;
    if (!options || options.key.length === 0 || options.wrong.length === 0) return [];
    return [{ q, options, keyRoots: rootsOf(options.key), wrongRoots: rootsOf(options.wrong) }];
  });
}

/**
 * The word (by its root) that marks a choice of an item as wrong to a learner who has seen the
 * other items with their keys: one in the wrong options of at least `minQuestions` of them and
 * in none of their keys. The item's own options teach nothing.
 */
function tellFinder(items: readonly TellItem[], minQuestions: number) {
  const inKeys = new Map<string, number>();
  const inWrong = new Map<string, number>();
  const add = (tally: Map<string, number>, roots: Set<string>) => {
    for (const r of roots) tally.set(r, (tally.get(r) ?? 0) + 1);
  };
  for (const item of items) {
    add(inKeys, item.keyRoots);
    add(inWrong, item.wrongRoots);
  }
  return ({ keyRoots, wrongRoots }: TellItem) => {
    const elsewhere = (tally: Map<string, number>, own: Set<string>, r: string) =>
      (tally.get(r) ?? 0) - (own.has(r) ? 1 : 0);
    const isTell = (r: string) =>
      elsewhere(inWrong, wrongRoots, r) >= minQuestions && elsewhere(inKeys, keyRoots, r) === 0;
    return (c: Choice) => contentWords(c.text).map(rootOf).find(isTell);
  };
}

/**
 * 17. Words that mark wrong options. A learner who has worked through the rest of the bank
 * notices words that came up in wrong option after wrong option and never in a key ("trade",
 * "command") and rules out every option holding one; the words are learnt from the other
 * questions of the same kind (`tellFinder`). In a single-choice question above recall the
 * learner then guesses among the options left (among all of them if none is left): their
 * expected score may be at most `factor` times chance, and no question may be left with its key
 * alone. In a multiple-select question the learner unticks the options holding such a word and
 * ticks the rest: that may never be the whole answer.
 */
export function measureDistractorTells(
  bank: readonly Question[],
  minQuestions = 3,
  factor = 1.1,
): Measure {
  const given: string[] = [];
  const beating: string[] = [];
  const why = (choices: Choice[], tellIn: (c: Choice) => string | undefined) =>
    choices.map((c) => `"${c.text}" (${tellIn(c)})`).join(", ");

  const singles = tellItems(bank, (q) => q.kind === "single-choice" && q.level !== "recall");
  const singleTells = tellFinder(singles, minQuestions);
  let chance = 0;
  let expected = 0;
  for (const item of singles) {
    const tellIn = singleTells(item);
    const all = [...item.options.key, ...item.options.wrong];
    const left = all.filter((c) => !tellIn(c));
    const pool = left.length ? left : all;
    const score = pool.includes(item.options.key[0]!) ? 1 / pool.length : 0;
    chance += 1 / all.length;
    expected += score;
    if (score <= 1 / all.length) continue;
    const offender = `${item.q.id}: rules out ${why(all.filter(tellIn), tellIn)}`;
    (score === 1 ? given : beating).push(offender);
  }

  const selects = tellItems(bank, (q) => q.kind === "multiple-select");
  const selectTells = tellFinder(selects, minQuestions);
  for (const item of selects) {
    const tellIn = selectTells(item);
    const struck = item.options.wrong.filter(tellIn);
    if (struck.length === item.options.wrong.length && !item.options.key.some(tellIn))
      given.push(`${item.q.id}: unticks ${why(struck, tellIn)} and ticks the rest`);
  }

  const beyond = expected > factor * chance;
  const ok = !beyond && given.length === 0;
  return {
    id: "distractor-tells",
    label: "options ruled out by words seen only in other questions' wrong options",
    target: `<= ${factor} x chance; no answer given away`,
    value: `${expected.toFixed(1)} (chance ${chance.toFixed(1)}); ${given.length} given away`,
    ok,
    offenders: ok ? [] : [...given, ...(beyond ? beating : [])],
  };
}

/**
 * 18. Convergence: distractors are often written as variations of the key, its mirror image among
 * them ("NATO's troops in a mission a partner leads" beside "a partner's troops in a mission NATO
 * leads"), so the key tends to share the most words with the other options. A test-wise learner
 * picks among the options that share the most content words (by root) with the rest, guessing
 * between ties. Over the single-choice questions above recall, their expected score may be at
 * most `factor` times chance; off target, the offenders are the questions where the key is among
 * the options so picked and some option is not.
 */
export function measureConvergence(bank: readonly Question[], factor = 1.1): Measure {
  let chance = 0;
  let expected = 0;
  const offenders: string[] = [];
  for (const q of bank) {
    if (q.kind !== "single-choice" || q.level === "recall" || q.options.length < 2) continue;
    const roots = q.options.map((o) => rootsOf([o]));
    const shared = roots.map((own, i) =>
      roots.reduce(
        (sum, other, j) => sum + (i === j ? 0 : [...own].filter((r) => other.has(r)).length),
        0,
      ),
    );
    const most = Math.max(...shared);
    const picked = q.options.filter((_, i) => shared[i] === most);
    chance += 1 / q.options.length;
    if (!picked.some((o) => o.id === q.answer)) continue;
    expected += 1 / picked.length;
    if (picked.length < q.options.length) offenders.push(`${q.id}: shares ${most} words`);
  }
  const ok = expected <= factor * chance;
  return {
    id: "convergence",
    label: "key among the options that share the most words with the rest, against chance",
    target: `<= ${factor} x chance`,
    value: `${expected.toFixed(1)} (chance ${chance.toFixed(1)})`,
    ok,
    offenders: ok ? [] : offenders,
  };
}

export interface QualityInput {
  /** The whole bank (source and background questions). */
  bank: readonly Question[];
  /** The bank built from the source document alone (the default scope). */
  sourceBank: readonly Question[];
  /** Topic ids of the source document (its top-level programmes and themes). */
  topics: readonly string[];
}

/** A share measure over the source-only and the full bank: on target only if both are. */
function onBoth(source: Measure, full: Measure): Measure {
  return {
    ...full,
    value: `source ${source.value}, full ${full.value}`,
    ok: source.ok && full.ok,
    offenders: [...source.offenders, ...full.offenders],
  };
}

export function qualityReport({ bank, sourceBank, topics }: QualityInput): Measure[] {
  return [
    measureKeyInStem(bank),
    measureDistractorCategory(bank),
    onBoth(measureTrueShare(sourceBank), measureTrueShare(bank)),
    measureTrueShareByLevel(bank),
    measureDistractorSetReuse(bank),
    measureDuplicates(bank),
    measureDanglingStems(bank),
    measureExplanationEchoes(bank),
    measureYearAcronymShare([
      { name: "source", bank: sourceBank },
      { name: "full", bank },
    ]),
    measureKeyLength(bank),
    measureDistractorInStem(bank),
    measureKeyForm(bank),
    measureAbsoluteCue(bank),
    measureLongestKey(bank),
    measureLengthCue(bank),
    measureClozeTerm(bank),
    measureDistractorTells(bank),
    measureConvergence(bank),
    measureAboveRecall(sourceBank, topics),
  ];
}

export function countByLevel(bank: readonly Question[]): Record<QuestionLevel, number> {
  const out = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<QuestionLevel, number>;
  for (const q of bank) out[q.level]++;
  return out;
}

export function countByKind(bank: readonly Question[]): Record<QuestionKind, number> {
  const out = Object.fromEntries(QUESTION_KINDS.map((k) => [k, 0])) as Record<QuestionKind, number>;
  for (const q of bank) out[q.kind]++;
  return out;
}

/** Questions above recall per topic and level. */
export function aboveRecallByTopic(
  bank: readonly Question[],
  topics: readonly string[],
): Array<{ topic: string; byLevel: Record<QuestionLevel, number>; total: number }> {
  return topics.map((topic) => {
    const byLevel = countByLevel(
      bank.filter((q) => q.tags.topic === topic && q.level !== "recall"),
    );
    return { topic, byLevel, total: Object.values(byLevel).reduce((a, b) => a + b, 0) };
  });
}
