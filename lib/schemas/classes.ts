// Input schemas for classes, study sets and assignments (browser -> server; untrusted).
import { z } from "zod";
import { DUE_BEFORE_OPENING } from "@/lib/domain/classes/assignment-dates";
import { normalizeJoinCode } from "@/lib/domain/classes/join-code";
import { isValidLocalDateTime } from "@/lib/domain/time/zoned-time";
import { isValidTimeZone } from "@/lib/domain/time/zoned-time";
import { QUIZ_MAX_QUESTIONS, startQuizSchema } from "./quiz";

export const CLASS_NAME_MAX = 100;
export const CLASS_DESCRIPTION_MAX = 2000;
export const SET_NAME_MAX = 100;
export const MAX_ATTEMPTS_ALLOWED = 20;
export const FLASHCARD_SET_MAX_CARDS = 500;
/** Exclusions accumulate while an instructor reviews previews; bounded all the same. */
export const MAX_EXCLUDED_QUESTIONS = 1000;

const Id = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .min(1, `Choose a ${what}.`)
    .max(64, `Unknown ${what}.`);
const ProgrammeId = z.string().regex(/^[a-z0-9-]{1,64}$/, "Unknown programme.");
const QuestionId = z.string().min(1, "Unknown question.").max(200, "Unknown question.");
const CardId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9:._-]+$/i, "Unknown card.");

const className = z
  .string({ error: "Enter a name for the class." })
  .trim()
  .min(1, "Enter a name for the class.")
  .max(CLASS_NAME_MAX, `A class name has at most ${CLASS_NAME_MAX} characters.`);
const classDescription = z
  .string({ error: "The description must be text." })
  .trim()
  .max(CLASS_DESCRIPTION_MAX, `A description has at most ${CLASS_DESCRIPTION_MAX} characters.`);

export const createClassSchema = z.strictObject({
  name: className,
  description: classDescription.default(""),
});
export type CreateClassInput = z.input<typeof createClassSchema>;

export const updateClassSchema = z
  .strictObject({ name: className.optional(), description: classDescription.optional() })
  .refine((v) => v.name !== undefined || v.description !== undefined, "Nothing to update.");

export const archiveClassSchema = z.strictObject({
  archived: z.boolean({ error: "Say whether the class is archived." }),
});

/** The code as typed or pasted (a whole join link works too); normalised before lookup. */
export const joinClassSchema = z.strictObject({
  code: z
    .string({ error: "Enter the class's join code." })
    .max(500, "That is not a join code.")
    .transform(normalizeJoinCode)
    .pipe(z.string().min(1, "Enter the class's join code.")),
});

const setName = z
  .string({ error: "Enter a name for the set." })
  .trim()
  .min(1, "Enter a name for the set.")
  .max(SET_NAME_MAX, `A set name has at most ${SET_NAME_MAX} characters.`);

// The quiz options are those of an ordinary quiz (same limits and messages), plus the
// instructor's hand edits. `seed` is the preview's: saving with it keeps the previewed draw.
const quizSetShape = {
  programmeIds: startQuizSchema.shape.programmeIds,
  kinds: startQuizSchema.shape.kinds,
  count: startQuizSchema.shape.count,
  sourceOnly: startQuizSchema.shape.sourceOnly,
  levels: startQuizSchema.shape.levels,
  mode: startQuizSchema.shape.mode,
  timeLimitMinutes: startQuizSchema.shape.timeLimitMinutes,
  pinnedIds: z
    .array(QuestionId)
    .max(QUIZ_MAX_QUESTIONS, `At most ${QUIZ_MAX_QUESTIONS} pinned questions.`)
    .default([]),
  excludedIds: z
    .array(QuestionId)
    .max(MAX_EXCLUDED_QUESTIONS, `At most ${MAX_EXCLUDED_QUESTIONS} excluded questions.`)
    .default([]),
  /** Each learner gets a draw of their own instead of the set's fixed questions. */
  drawPerLearner: z.boolean().default(false),
  seed: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "Preview again: the preview is no longer valid.")
    .optional(),
};

type QuizSetOptions = z.output<z.ZodObject<typeof quizSetShape>>;

function checkQuizSet(v: QuizSetOptions, ctx: z.RefinementCtx) {
  if (v.mode !== "exam" && v.timeLimitMinutes !== null) {
    ctx.addIssue({
      code: "custom",
      path: ["timeLimitMinutes"],
      message: "Only exams can be timed.",
    });
  }
  const pinned = new Set(v.pinnedIds);
  if (pinned.size > v.count) {
    ctx.addIssue({
      code: "custom",
      path: ["pinnedIds"],
      message: `You pinned ${pinned.size} questions but the set has ${v.count}.`,
    });
  }
  if (v.excludedIds.some((id) => pinned.has(id))) {
    ctx.addIssue({
      code: "custom",
      path: ["excludedIds"],
      message: "A question cannot be both pinned and excluded.",
    });
  }
}

export const previewQuizSetSchema = z.strictObject(quizSetShape).superRefine(checkQuizSet);
export type PreviewQuizSetInput = z.input<typeof previewQuizSetSchema>;

export const createQuizSetSchema = z
  .strictObject({ ...quizSetShape, name: setName })
  .superRefine(checkQuizSet);
export type CreateQuizSetInput = z.input<typeof createQuizSetSchema>;
/** What a quiz set stores in StudySet.settings (read back through this schema). */
export const storedQuizSetSettingsSchema = z
  .object(quizSetShape)
  .omit({ pinnedIds: true, excludedIds: true, seed: true })
  .extend({ seed: z.string().min(1) });
export type QuizSetSettings = Omit<QuizSetOptions, "pinnedIds" | "excludedIds" | "seed"> & {
  seed: string;
};

/** Renaming a set: the same name rules as saving one. */
export const renameSetSchema = z.strictObject({ name: setName });
export type RenameSetInput = z.input<typeof renameSetSchema>;

export const createFlashcardSetSchema = z
  .strictObject({
    name: setName,
    /** Every card of these programmes' decks... */
    programmeIds: z.array(ProgrammeId).max(50).default([]),
    /** ...and these cards. */
    cardIds: z
      .array(CardId)
      .max(FLASHCARD_SET_MAX_CARDS, `A set has at most ${FLASHCARD_SET_MAX_CARDS} cards.`)
      .default([]),
  })
  .refine((v) => v.programmeIds.length > 0 || v.cardIds.length > 0, {
    path: ["cardIds"],
    message: "Choose at least one programme or card.",
  });
export type CreateFlashcardSetInput = z.input<typeof createFlashcardSetSchema>;
/** What a flashcard set stores in StudySet.settings: the programmes ticked in the builder. */
export const storedFlashcardSetSettingsSchema = z.object({
  programmeIds: z.array(z.string()).default([]),
});

const localDateTime = (label: string) =>
  z
    .string({ error: `Enter the ${label} date and time.` })
    .refine(isValidLocalDateTime, `Enter a real ${label} date and time (YYYY-MM-DDTHH:mm).`);

/** The rules an assignment carries, as the assign and edit forms send them. */
const assignmentRulesShape = {
  opensAt: localDateTime("opening"),
  dueAt: localDateTime("due"),
  timeZone: z
    .string({ error: "Choose a time zone." })
    .min(1, "Choose a time zone.")
    .max(64)
    .refine(isValidTimeZone, "Unknown time zone."),
  attemptsAllowed: z
    .number({ error: "Attempts allowed must be a number, or empty for unlimited." })
    .int("Use a whole number of attempts.")
    .min(1, "Allow at least 1 attempt.")
    .max(
      MAX_ATTEMPTS_ALLOWED,
      `Allow at most ${MAX_ATTEMPTS_ALLOWED} attempts, or leave it empty for unlimited.`,
    )
    .nullable(),
  lateCounts: z.boolean({ error: "Say whether late work counts." }),
};

// Same format, same zone: the strings compare like
// the times (the server checks the instants too).
const dueAfterOpening = (v: { opensAt: string; dueAt: string }) => v.dueAt > v.opensAt;
const DUE_AFTER_OPENING = { path: ["dueAt"], message: DUE_BEFORE_OPENING };

/** Dates are wall-clock times in `timeZone` (the instructor's), converted on the server. */
export const createAssignmentSchema = z
  .strictObject({
    classId: Id("class"),
    setId: Id("set"),
    ...assignmentRulesShape,
    attemptsAllowed: assignmentRulesShape.attemptsAllowed.default(null),
    lateCounts: assignmentRulesShape.lateCounts.default(false),
  })
  .refine(dueAfterOpening, DUE_AFTER_OPENING);
export type CreateAssignmentInput = z.input<typeof createAssignmentSchema>;

/**
 * An assignment's new rules, all of them (PUT): the dates as the edit form shows them (a date
 * left as it was keeps its instant); attemptsAllowed null is unlimited, and is ignored for a
 * flashcard set.
 */
export const updateAssignmentSchema = z
  .strictObject(assignmentRulesShape)
  .refine(dueAfterOpening, DUE_AFTER_OPENING);
export type UpdateAssignmentInput = z.input<typeof updateAssignmentSchema>;
