/**
 * Content schema: the shape of the human-edited YAML under content/ and of the validated
 * pack the loader hands to the generator.
 *
 * Rules encoded here (the loader adds the cross-file checks in validate-pack.ts):
 * - every fact is one atomic statement in our own words and cites exactly one passage:
 *   a paragraph + sentences of a source *document*, or, for facts flagged `beyondSource`,
 *   a *reference* (a NATO page) of its own, so a source-only set can always be filtered out;
 * - distractors never come from free text: they come from sibling entities or from declared
 *   `falsePools`, lists of values known to be wrong for the questions that use them;
 * - a `clue` is a description that identifies its programme without naming it; when it also
 *   fits other entities they are listed in `alsoTrueOf` and are never offered as distractors.
 * - questions above recall (why/how, comparisons, cases, misconceptions) are written by hand
 *   as `reasons`, `comparisons`, `cases` and `misconceptions` entries: each is one question,
 *   cites the passages it rests on with the same citation scheme as facts, and explains why the
 *   key is right (and, for a wrong belief, why it is tempting);
 * - the scope of anything derived is "source" when every citation points at the source
 *   document and "background" as soon as one points at a reference (a NATO page).
 * Ids are kebab-case and name the topic of a fact, never its answer (they travel to the
 * browser inside question ids only in hashed form, but they are also read by humans).
 */
import { z } from "zod";

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z
  .string()
  .regex(idPattern, "expected a kebab-case id (a-z, 0-9, single hyphens)");
export const SourceIdSchema = z
  .string()
  .regex(/^[a-z0-9_-]+$/, "expected a source id (a-z, 0-9, _ and -)");
const Text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(400, "too long (max 400 characters)");
const ShortText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(120, "too long (max 120 characters)");
/**
 * A matching question's column name: a singular noun, since the quiz says "For each way of
 * engaging, choose the description from its list" and "Description cards". A question-word
 * phrase ("How the article describes it") reads wrong in both.
 */
const MatchLabel = ShortText.refine(
  (label) => !/^(how|what|which|who|whom|whose|when|where|why)\b/i.test(label),
  {
    message:
      'must be a noun ("Description", "Year"), not a question phrase: ' +
      'the quiz says "choose the <label>"',
  },
);
const Difficulty = z.union([z.literal(1), z.literal(2), z.literal(3)]);
/** What kind of thing a list item, pool value or option is ("area of security cooperation"). */
const Category = ShortText;

import { LEVELS, SCOPES, type Level, type Scope } from "./levels";

export { LEVELS, SCOPES, type Level, type Scope };
const PoolIds = z.array(IdSchema).default([]);

/**
 * A cited passage: `paragraph`/`sentences` are required for documents (checked in validate-pack).
 */
export const CitationSchema = z.strictObject({
  id: SourceIdSchema,
  paragraph: z.number().int().positive().optional(),
  sentences: z.array(z.number().int().positive()).min(1).optional(),
});

export const ClozeSchema = z.strictObject({
  /** One blank written as `___`. */
  text: Text,
  /** Every accepted spelling; the first is the canonical one shown after answering. */
  answers: z.array(ShortText).min(1),
  /** Near-misses that must never be accepted, even by the edit-distance tolerance. */
  reject: z.array(ShortText).default([]),
});

export const ChoiceSchema = z.strictObject({
  prompt: Text,
  answer: ShortText,
  /** What the answer and every distractor are (the pools used must be of this category). */
  category: Category,
  distractors: z.array(ShortText).default([]),
  pools: PoolIds,
});

export const SelectSchema = z.strictObject({
  prompt: Text,
  answers: z.array(ShortText).min(2),
  category: Category,
  distractors: z.array(ShortText).default([]),
  pools: PoolIds,
});

export const FactSchema = z.strictObject({
  id: IdSchema,
  /** The fact as one true sentence in our own words (true/false questions, explanations). */
  statement: Text,
  source: CitationSchema,
  beyondSource: z.boolean().default(false),
  clue: Text.optional(),
  alsoTrueOf: z.array(IdSchema).default([]),
  cloze: ClozeSchema.optional(),
  /**
   * Statements known to be false, each a plausible misreading of this fact, with why a reader
   * might believe it (the explanation gives the fact, then this).
   */
  falseStatements: z.array(z.strictObject({ text: Text, tempting: Text })).default([]),
  choice: ChoiceSchema.optional(),
  select: SelectSchema.optional(),
  difficulty: Difficulty.optional(),
  /**
   * Context or reason from the source, in our own words: shown in the library and used as the
   * explanation of the fact's true statement. A fact without a note yields no true/false
   * question that only restates it.
   */
  note: Text.optional(),
});

export const ListItemSchema = z.strictObject({ text: ShortText, fact: IdSchema });

export const AttributeListSchema = z.strictObject({
  /** What every item is ("area of security cooperation"); pools used must be of this category. */
  category: Category,
  /** Multiple-select prompt for the whole list. */
  questionAll: Text,
  /**
   * What the list's flashcards open with, before the items, when "Complete the list of <aims or
   * benefits of | areas of cooperation in | countries taking part in> <programme>" would
   * misdescribe it: the source gives the items as examples ("countries like ..."), or they are
   * not aims ("Complete what the article says the dialogues give non-member states a platform
   * for").
   */
  cardLead: ShortText.optional(),
  pools: PoolIds,
  items: z.array(ListItemSchema).min(1),
});

export const DateEntrySchema = z.strictObject({
  fact: IdSchema,
  year: z.number().int().min(1900).max(2100),
  /** A self-contained event line for ordering and matching. */
  event: ShortText,
  /** The event as a sentence with a `{year}` placeholder. */
  sentence: Text,
  pools: PoolIds,
});

export const DifferenceSchema = z.strictObject({
  from: IdSchema,
  text: Text,
  /** Facts (of any programme) that support the comparison. */
  facts: z.array(IdSchema).min(1),
});

const OptionText = ShortText;

/**
 * One hand-written question above recall. Exactly one of the forms is given:
 * - `choice`: single choice; `select`: multiple select (options of one `category`);
 * - `truth`: a statement to judge true or false;
 * - `format`: a case answered by choosing a programme or format of the anchor's group;
 * - `typed`: a case answered by typing the name of a programme or format;
 * - `pairs`: matching (three to five pairs).
 */
export const EntrySchema = z.strictObject({
  id: IdSchema,
  /** The passages the entry rests on (document paragraphs and sentences, or references). */
  sources: z.array(CitationSchema).min(1),
  /** Other programmes the question is about (quizzes on them include it). */
  about: z.array(IdSchema).default([]),
  /** Facts it builds on: a quiz avoids asking about the same fact twice. */
  facts: z.array(IdSchema).default([]),
  difficulty: Difficulty.optional(),
  /** Why the key is right, and why the tempting wrong options are wrong. */
  explain: Text,
  /** For a false statement: why a reader might believe it. */
  tempting: Text.optional(),
  choice: z
    .strictObject({
      prompt: Text,
      answer: OptionText,
      distractors: z.array(OptionText).min(2),
      category: Category,
    })
    .optional(),
  select: z
    .strictObject({
      prompt: Text,
      answers: z.array(OptionText).min(2),
      distractors: z.array(OptionText).min(1),
      category: Category,
    })
    .optional(),
  truth: z.strictObject({ statement: Text, answer: z.boolean() }).optional(),
  format: z
    .strictObject({
      situation: Text,
      answer: IdSchema,
      /** Programmes of the same group that do not fit the case (at least two). */
      distractors: z.array(IdSchema).min(2),
    })
    .optional(),
  typed: z.strictObject({ situation: Text, answer: IdSchema }).optional(),
  pairs: z
    .strictObject({
      prompt: Text,
      leftLabel: MatchLabel,
      rightLabel: MatchLabel,
      items: z
        .array(z.strictObject({ left: OptionText, right: Text }))
        .min(3)
        .max(5),
    })
    .optional(),
});

export const ENTRY_SECTIONS = ["reasons", "comparisons", "cases", "misconceptions"] as const;
export type EntrySection = (typeof ENTRY_SECTIONS)[number];
export const SECTION_LEVEL: Record<EntrySection, Level> = {
  reasons: "understand",
  comparisons: "compare",
  cases: "apply",
  misconceptions: "misconception",
};
export const ENTRY_FORMS = ["choice", "select", "truth", "format", "typed", "pairs"] as const;
export type EntryForm = (typeof ENTRY_FORMS)[number];

export const ProgrammeKindSchema = z.enum([
  "programme",
  "format",
  "dialogue",
  "forum",
  "initiative",
  "theme",
  "overview",
]);

export const ProgrammeSchema = z.strictObject({
  id: IdSchema,
  name: ShortText,
  acronym: z.string().trim().min(2).max(12).optional(),
  /** Fact that introduces the acronym (required with `acronym`). */
  acronymFact: IdSchema.optional(),
  aliases: z.array(ShortText).default([]),
  kind: ProgrammeKindSchema,
  /** Entities of one group are compared with each other ("which programme", matching). */
  group: IdSchema.optional(),
  parent: IdSchema.optional(),
  order: z.number().int().min(0),
  /** How to mention the entity inside a sentence ("the Partnership for Peace"). */
  inSentence: ShortText.optional(),
  beyondSource: z.boolean().default(false),
  summary: z.strictObject({ text: Text, facts: z.array(IdSchema).min(1) }),
  /** What the entity is, in one sentence resting on one fact (the term flashcard's answer). */
  definition: z.strictObject({ text: Text, fact: IdSchema }).optional(),
  dates: z.array(DateEntrySchema).default([]),
  aims: AttributeListSchema.optional(),
  areas: AttributeListSchema.optional(),
  participants: AttributeListSchema.optional(),
  differences: z.array(DifferenceSchema).default([]),
  facts: z.array(FactSchema).min(1),
  reasons: z.array(EntrySchema).default([]),
  comparisons: z.array(EntrySchema).default([]),
  cases: z.array(EntrySchema).default([]),
  misconceptions: z.array(EntrySchema).default([]),
});

export const FalsePoolSchema = z.strictObject({
  id: IdSchema,
  /** Why every value is wrong for the questions that use the pool. */
  why: Text,
  /** What every value is; a list or choice may only use pools of its own category. */
  category: Category,
  values: z.array(ShortText).min(2),
  /** What each value stands for, where an explanation can use it (e.g. what a year marks). */
  labels: z.record(z.string(), ShortText).default({}),
});

export const PoolsFileSchema = z.strictObject({ pools: z.array(FalsePoolSchema).min(1) });

export const DocumentSourceEntrySchema = z.strictObject({
  id: SourceIdSchema,
  kind: z.literal("document"),
  title: ShortText,
  publisher: ShortText,
  /** Path of the text file, relative to the content directory. */
  path: z.string().regex(/^sources\/[A-Za-z0-9_.-]+\.txt$/, "expected sources/<file>.txt"),
});

export const ReferenceSourceSchema = z.strictObject({
  id: SourceIdSchema,
  kind: z.literal("reference"),
  title: ShortText,
  publisher: ShortText,
  url: z.url().optional(),
});

export const SourcesFileSchema = z.strictObject({
  sources: z
    .array(z.discriminatedUnion("kind", [DocumentSourceEntrySchema, ReferenceSourceSchema]))
    .min(1),
});

export type Citation = z.infer<typeof CitationSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type AttributeList = z.infer<typeof AttributeListSchema>;
export type DateEntry = z.infer<typeof DateEntrySchema>;
export type Difference = z.infer<typeof DifferenceSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type ProgrammeKind = z.infer<typeof ProgrammeKindSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type FalsePool = z.infer<typeof FalsePoolSchema>;
export type ReferenceSource = z.infer<typeof ReferenceSourceSchema>;
export type DocumentSourceEntry = z.infer<typeof DocumentSourceEntrySchema>;

/** One non-empty line of a source document; headings carry no statements. */
export interface SourceParagraph {
  n: number;
  text: string;
  heading: boolean;
  sentences: string[];
}

export type DocumentSource = DocumentSourceEntry & { paragraphs: SourceParagraph[] };
export type Source = DocumentSource | ReferenceSource;

export interface ContentPack {
  /** Hash of every content file: changes whenever any content changes. */
  version: string;
  sources: Source[];
  /** Sorted by `order`, then id. */
  programmes: Programme[];
  pools: FalsePool[];
}

export const LIST_KINDS = ["aims", "areas", "participants"] as const;
export type ListKind = (typeof LIST_KINDS)[number];
