/**
 * Zod schema for a whole question as the server stores it (QuizAttempt.questions: the
 * presented questions, answer keys included). Stored data is read back through it instead
 * of being cast, so a row written by an older or broken version fails loudly rather than
 * grading against a key that is not there. `satisfies` keeps it in step with the types.
 * Questions stored before levels and scopes existed read back as recall, with the scope their
 * `beyondSource` flag implies.
 */
import { z } from "zod";
import { LEVELS, QUESTION_KINDS, SCOPES, type Question } from "./types";

const Choice = z.object({ id: z.string(), text: z.string(), category: z.string().optional() });
const Pair = z.object({ leftId: z.string(), rightId: z.string() });

const SourceCitation = z.object({
  sourceId: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
  paragraph: z.number().int().optional(),
  sentences: z.array(z.number().int()).optional(),
  passage: z.string().optional(),
  beyondSource: z.boolean(),
});

const base = {
  id: z.string().min(1),
  publicId: z.string().min(1),
  prompt: z.string(),
  explanation: z.string(),
  sources: z.array(SourceCitation),
  tags: z.object({
    programmeIds: z.array(z.string()),
    topic: z.string(),
    kind: z.enum(QUESTION_KINDS),
    template: z.string(),
  }),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  level: z.enum(LEVELS).default("recall"),
  scope: z.enum(SCOPES),
  beyondSource: z.boolean(),
  factIds: z.array(z.string()),
};

/** A question stored without a scope gets the one its beyondSource flag implies. */
function withScope(value: unknown): unknown {
  if (typeof value !== "object" || value === null || "scope" in value) return value;
  const beyond = "beyondSource" in value && value.beyondSource === true;
  return { ...value, scope: beyond ? "background" : "source" };
}

const QuestionUnion = z.discriminatedUnion("kind", [
  z.object({
    ...base,
    kind: z.literal("single-choice"),
    options: z.array(Choice),
    answer: z.string(),
  }),
  z.object({
    ...base,
    kind: z.literal("multiple-select"),
    options: z.array(Choice),
    answers: z.array(z.string()),
  }),
  z.object({ ...base, kind: z.literal("true-false"), statement: z.string(), answer: z.boolean() }),
  z.object({
    ...base,
    kind: z.literal("cloze"),
    before: z.string(),
    after: z.string(),
    answers: z.array(z.string()).min(1),
    rejected: z.array(z.string()),
  }),
  z.object({
    ...base,
    kind: z.literal("matching"),
    leftLabel: z.string(),
    rightLabel: z.string(),
    left: z.array(Choice),
    right: z.array(Choice),
    answer: z.array(Pair),
  }),
  z.object({
    ...base,
    kind: z.literal("ordering"),
    items: z.array(Choice),
    answer: z.array(z.string()),
    orderLabel: z.string(),
  }),
  z.object({
    ...base,
    kind: z.literal("short-answer"),
    answer: z.string(),
    accepted: z.array(z.string()).min(1),
    rejected: z.array(z.string()),
  }),
  z.object({
    ...base,
    kind: z.literal("which-programme"),
    description: z.string(),
    options: z.array(Choice),
    answer: z.string(),
  }),
]);

export const QuestionSchema = z.preprocess(withScope, QuestionUnion) satisfies z.ZodType<Question>;

export const QuestionListSchema = z.array(QuestionSchema);
