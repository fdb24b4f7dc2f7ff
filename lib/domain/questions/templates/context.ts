/**
 * Shared machinery of the question templates: the pack index, citations (each fact's passage
 * resolved once), the common question fields (stable id, public id, tags, explanation ending
 * in its citation), and safe option building: distractors are compared with the answers after
 * normalisation, so a distractor can never be a correct answer or a duplicate option.
 */
import type { ContentPack, DateEntry, Fact, Programme } from "@/content/schema";
import { createCitationLookup } from "@/lib/domain/content/cite-fact";
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
  tagsFor(
    template: string,
    kind: QuestionKind,
    anchorId: string,
    programmeIds: string[] | null,
  ): QuestionTags;
  /** An option with a readable id derived from its text. */
  choice(text: string): Choice;
  /** A programme as an option: its id and display name. */
  programmeChoice(p: Programme): Choice;
  /** A derived text (display name, event sentence...) built once per key. */
  sharedText(key: string, make: () => string): string;
  /** normalizeAnswer, memoised: pool values are compared again for every question. */
  keyOf(text: string): string;
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
  return {
    pack,
    index,
    out: [],
    cite,
    citeAll: (factIds) =>
      memoize(cited, factIds.length === 1 ? (factIds[0] as string) : factIds.join("|"), () =>
        citeFacts(factIds, cite),
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
    choice: (text) => memoize(choices, text, () => ({ id: slugify(text), text })),
    programmeChoice: (p) =>
      memoize(programmeChoices, p.id, () => ({ id: p.id, text: displayName(p) })),
    sharedText: (key, make) => memoize(texts, key, make),
    keyOf: (text) => memoize(keys, text, () => normalizeAnswer(text)),
  };
}

export function citationLabel(c: SourceCitation): string {
  if (c.paragraph !== undefined) {
    const s =
      c.sentences && c.sentences.length > 0
        ? `, sentence${c.sentences.length > 1 ? "s" : ""} ${c.sentences.join(", ")}`
        : "";
    return `${c.publisher} article, paragraph ${c.paragraph}${s}`;
  }
  return `${c.publisher}, "${c.title}"`;
}

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
  const sources: SourceCitation[] = [];
  const seen = new Set<string>();
  for (const factId of factIds) {
    const c = cite(factId);
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
  const cited = ctx.citeAll(input.factIds);
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

/** Years other than the event's own, from all dated events plus the date's year pools. */
export function yearCandidates(ctx: TemplateContext, date: DateEntry): string[] {
  const years = ctx.index.years.map(String);
  for (const value of poolValues(ctx, date.pools))
    if (/^\d{4}$/.test(value.trim())) years.push(value.trim());
  return years;
}

/** Options with readable stable ids, sorted by id so stored order never reveals the answer. */
export function buildChoices(
  correct: readonly string[],
  wrong: readonly string[],
  choiceOf: (text: string) => Choice = (text) => ({ id: slugify(text), text }),
): { options: Choice[]; answerIds: string[] } {
  const used = new Set<string>();
  const toChoice = (text: string): Choice => {
    const choice = choiceOf(text);
    if (!used.has(choice.id)) {
      used.add(choice.id);
      return choice;
    }
    const id = `${choice.id}-${hashToHex(text, 6)}`;
    used.add(id);
    return { id, text };
  };
  const answers = correct.map(toChoice);
  const options = [...answers, ...wrong.map(toChoice)].sort((a, b) => (a.id < b.id ? -1 : 1));
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
