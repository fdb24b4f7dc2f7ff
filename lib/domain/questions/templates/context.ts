/**
 * Shared machinery of the question templates: the pack index, citations (each fact's passage
 * resolved once), the common question fields (stable id, public id, tags, explanation ending
 * in its citation), and safe option building: distractors are compared with the answers after
 * normalisation, so a distractor can never be a correct answer or a duplicate option.
 */
import type { ContentPack, DateEntry, Entry, Fact, Level, Programme } from "@/content/schema";
import { citationLabel } from "@/lib/domain/content/citation-label";
import { citePassage, createCitationLookup } from "@/lib/domain/content/cite-fact";
import { buildPackIndex, type PackIndex } from "@/lib/domain/content/pack-index";
import { hashToHex } from "@/lib/domain/hash";
import { pickStable } from "@/lib/domain/pick-stable";
import { slugify } from "@/lib/domain/slugify";
import { normalizeAnswer } from "../normalize";
import type {
  Choice,
  Difficulty,
  Question,
  QuestionKind,
  QuestionTags,
  SourceCitation,
} from "../types";

interface CitedFacts {
  factIds: string[];
  sources: SourceCitation[];
  /** " (Source: ...)" appended to every explanation built on these facts. */
  suffix: string;
  beyondSource: boolean;
}

export interface TemplateContext {
  pack: ContentPack;
  index: PackIndex;
  out: Question[];
  cite(factId: string): SourceCitation;
  // The memoised pieces below are shared between questions (question data is never mutated):
  // a large bank stays alive until it is returned, so every object not allocated per question
  // is garbage-collection work saved.
  /** Sources, citation suffix and beyond-source flag of a fact list. */
  citeAll(factIds: readonly string[]): CitedFacts;
  /** The same for a hand-written entry: its own citations; its facts (or its id) as fact ids. */
  citeEntry(entry: Entry): CitedFacts;
  tagsFor(
    template: string,
    kind: QuestionKind,
    anchorId: string,
    programmeIds: string[] | null,
  ): QuestionTags;
  /** An option with a readable id derived from its text, and its category. */
  choice(text: string, category: string): Choice;
  /** A programme as an option: its id and display name. */
  programmeChoice(p: Programme): Choice;
  /** A derived text (display name, event sentence...) built once per key. */
  sharedText(key: string, make: () => string): string;
  /** A derived lookup built once per key. */
  sharedMap(key: string, make: () => ReadonlyMap<string, string>): ReadonlyMap<string, string>;
  /** normalizeAnswer, memoised: pool values are compared again for every question. */
  keyOf(text: string): string;
  /** How often each set of programme distractors was used (see pickBalancedSet). */
  setUses: Map<string, number>;
}

function memoize<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function createTemplateContext(pack: ContentPack): TemplateContext {
  const index = buildPackIndex(pack);
  const cite = createCitationLookup(index);
  const cited = new Map<string, CitedFacts>();
  const tags = new Map<string, QuestionTags>();
  const choices = new Map<string, Choice>();
  const programmeChoices = new Map<string, Choice>();
  const texts = new Map<string, string>();
  const keys = new Map<string, string>();
  const maps = new Map<string, ReadonlyMap<string, string>>();
  return {
    pack,
    index,
    out: [],
    cite,
    citeAll: (factIds) =>
      memoize(cited, factIds.length === 1 ? (factIds[0] as string) : factIds.join("|"), () =>
        citeFacts(factIds, cite),
      ),
    citeEntry: (entry) =>
      memoize(cited, `entry|${entry.id}`, () =>
        summarize(
          entry.facts.length > 0 ? [...new Set(entry.facts)] : [entry.id],
          entry.sources.map((c) => citePassage(index, c)),
        ),
      ),
    tagsFor(template, kind, anchorId, programmeIds) {
      const topic = index.rootOf(anchorId);
      if (programmeIds) return { programmeIds, topic, kind, template };
      return memoize(tags, `${template}|${anchorId}`, () => ({
        programmeIds: [anchorId],
        topic,
        kind,
        template,
      }));
    },
    choice: (text, category) =>
      memoize(choices, `${category}|${text}`, () => ({ id: slugify(text), text, category })),
    programmeChoice: (p) =>
      memoize(programmeChoices, p.id, () => ({
        id: p.id,
        text: displayName(p),
        category: p.group ?? "programme",
      })),
    sharedText: (key, make) => memoize(texts, key, make),
    sharedMap: (key, make) => memoize(maps, key, make),
    keyOf: (text) => memoize(keys, text, () => normalizeAnswer(text)),
    setUses: new Map(),
  };
}

export { citationLabel };

export interface BaseInput {
  /** `<kind>.<template>`, e.g. "single-choice.year". */
  template: string;
  kind: QuestionKind;
  anchor: Programme;
  /** Content ids (fact or list) and variant making the id unique: never positions. */
  key: readonly string[];
  factIds: readonly string[];
  otherProgrammeIds?: readonly string[];
  prompt: string;
  explanation: string;
  difficulty: Difficulty;
  /** Defaults to "recall". */
  level?: Level;
  /** Citations of a hand-written entry, used instead of the facts' own. */
  entry?: Entry;
}

export type BaseFields = Pick<
  Question,
  | "id"
  | "publicId"
  | "prompt"
  | "explanation"
  | "sources"
  | "tags"
  | "difficulty"
  | "level"
  | "scope"
  | "beyondSource"
  | "factIds"
>;

export function questionId(template: string, anchorId: string, key: readonly string[]): string {
  return [template, anchorId, ...key].join(":");
}

export function publicIdOf(id: string): string {
  return `q_${hashToHex(id, 14)}`;
}

function citeFacts(ids: readonly string[], cite: (factId: string) => SourceCitation): CitedFacts {
  const factIds = [...new Set(ids)];
  return summarize(factIds, factIds.map(cite));
}

function summarize(factIds: string[], citations: readonly SourceCitation[]): CitedFacts {
  const sources: SourceCitation[] = [];
  const seen = new Set<string>();
  for (const c of citations) {
    const key = `${c.sourceId}|${c.paragraph ?? ""}|${(c.sentences ?? []).join(",")}`;
    if (!seen.has(key)) {
      seen.add(key);
      sources.push(c);
    }
  }
  return {
    factIds,
    sources,
    suffix: ` (Source: ${[...new Set(sources.map(citationLabel))].join("; ")}.)`,
    beyondSource: sources.some((s) => s.beyondSource),
  };
}

export function baseFields(ctx: TemplateContext, input: BaseInput): BaseFields {
  const id = questionId(input.template, input.anchor.id, input.key);
  const cited = input.entry ? ctx.citeEntry(input.entry) : ctx.citeAll(input.factIds);
  const others = (input.otherProgrammeIds ?? []).filter((p) => p !== input.anchor.id);
  const programmeIds = others.length === 0 ? null : [input.anchor.id, ...new Set(others)];
  // sources, factIds and tags are shared between questions: question data is never mutated.
  return {
    id,
    publicId: publicIdOf(id),
    prompt: input.prompt,
    explanation: input.explanation + cited.suffix,
    sources: cited.sources,
    tags: ctx.tagsFor(input.template, input.kind, input.anchor.id, programmeIds),
    difficulty: input.difficulty,
    level: input.level ?? "recall",
    scope: cited.beyondSource ? "background" : "source",
    beyondSource: cited.beyondSource,
    factIds: cited.factIds,
  };
}

export function withNote(fact: Fact, text: string = fact.statement): string {
  return fact.note ? `${text} ${fact.note}` : text;
}

export function poolValues(ctx: TemplateContext, poolIds: readonly string[]): string[] {
  return poolIds.flatMap((id) => ctx.index.poolById.get(id)?.values ?? []);
}

/** Each value of the given pools with its pool's declared category. */
export function poolCategories(
  ctx: TemplateContext,
  poolIds: readonly string[],
): ReadonlyMap<string, string> {
  return ctx.sharedMap(`pools|${poolIds.join("|")}`, () => {
    const map = new Map<string, string>();
    for (const id of poolIds) {
      const pool = ctx.index.poolById.get(id);
      for (const v of pool?.values ?? []) if (pool && !map.has(v)) map.set(v, pool.category);
    }
    return map;
  });
}

/**
 * Up to `count` distinct candidates that are not answers (after normalisation), walked from a
 * position derived from `salt`; with `salt === null` the candidates are taken in order.
 */
export function pickDistractors(
  candidates: readonly string[],
  answers: readonly string[],
  count: number,
  salt: string | null,
  keyOf: (text: string) => string = normalizeAnswer,
): string[] {
  const taken = new Set(answers.map(keyOf));
  const accept = (candidate: string) => {
    const key = keyOf(candidate);
    if (!key || taken.has(key)) return false;
    taken.add(key);
    return true;
  };
  if (salt !== null) return pickStable(candidates, count, salt, accept);
  const picked: string[] = [];
  for (const candidate of candidates) {
    if (picked.length >= count) break;
    if (accept(candidate)) picked.push(candidate);
  }
  return picked;
}

/** A year distractor must be this close to the key: a far year is guessed away. */
export const NEAR_YEARS = 10;

/**
 * Years near the event's own (within NEAR_YEARS, the key itself included: pickDistractors drops
 * it), from all dated events plus the date's year pools.
 */
export function yearCandidates(ctx: TemplateContext, date: DateEntry): string[] {
  const near = (y: number) => Math.abs(y - date.year) <= NEAR_YEARS;
  const years = ctx.index.years.filter(near).map(String);
  for (const value of poolValues(ctx, date.pools)) {
    const v = value.trim();
    if (/^\d{4}$/.test(v) && near(Number(v))) years.push(v);
  }
  return years;
}

/** What a year marks, for explaining why a wrong year is tempting (null when nothing). */
export function yearLabel(ctx: TemplateContext, date: DateEntry, year: string): string | null {
  const events = ctx.index.eventsByYear.get(Number(year)) ?? [];
  const other = events.find((e) => e.fact.id !== date.fact);
  if (other) return fillYear(other.date.sentence, other.date.year);
  for (const id of date.pools) {
    const label = ctx.index.poolById.get(id)?.labels[year];
    if (label) return `In ${year}, ${label}.`;
  }
  return null;
}

/** Options with readable stable ids, sorted by id so stored order never reveals the answer. */
export function buildChoices(
  correct: readonly string[],
  wrong: readonly string[],
  choiceOf: (text: string, isAnswer: boolean) => Choice = (text) => ({ id: slugify(text), text }),
): { options: Choice[]; answerIds: string[] } {
  const used = new Set<string>();
  const toChoice = (text: string, isAnswer: boolean): Choice => {
    const choice = choiceOf(text, isAnswer);
    if (!used.has(choice.id)) {
      used.add(choice.id);
      return choice;
    }
    const id = `${choice.id}-${hashToHex(text, 6)}`;
    used.add(id);
    return { ...choice, id };
  };
  const answers = correct.map((t) => toChoice(t, true));
  const options = [...answers, ...wrong.map((t) => toChoice(t, false))].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  return { options, answerIds: answers.map((a) => a.id) };
}

/** Opaque ids for matching/ordering, where a readable id would reveal the pairing or order. */
export function opaqueId(questionIdValue: string, prefix: string, key: string): string {
  return `${prefix}${hashToHex(`${questionIdValue}|${prefix}|${key}`, 10)}`;
}

export function displayName(p: Programme): string {
  return p.acronym ? `${p.name} (${p.acronym})` : p.name;
}

/**
 * Joins sentences with `+`, not Array.join: V8 then keeps a small rope pointing at the shared
 * fact statements instead of copying them into a new flat string for every question, which
 * matters for the memory a large bank keeps alive.
 */
export function joinSentences(parts: readonly string[]): string {
  let out = "";
  for (const part of parts) if (part) out = out ? out + " " + part : part;
  return out;
}

export function fillYear(sentence: string, year: string | number): string {
  return sentence.replace("{year}", String(year));
}

/**
 * Completes a question from its common fields. Object.assign onto the fresh base object keeps
 * one hidden class per template, where `{ ...base, ... }` at these call sites made V8 give
 * every question its own (costly in memory and collection time for large banks).
 */
export function finishQuestion<Q extends Question>(
  base: BaseFields,
  extra: Omit<Q, keyof BaseFields>,
): Q {
  return Object.assign(base, extra) as Q;
}
