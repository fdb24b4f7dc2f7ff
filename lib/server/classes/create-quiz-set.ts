import "server-only";
import { randomBytes } from "node:crypto";
import { createQuizSetSchema, type QuizSetSettings } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "./caller";
import { resolveQuizSet } from "./resolve-quiz-set";
import { setSummarySelect, summarizeSet, type SetSummary } from "./set-summary";
import { toJsonColumn } from "@/lib/server/json-column";

/**
 * Saves a quiz set. With the preview's seed it holds exactly the previewed questions, fixed:
 * every learner gets the same ones (options shuffled per learner). With drawPerLearner the
 * set keeps its options, pins and exclusions instead, and each learner gets a draw of their own.
 */
export async function createQuizSet(
  caller: Caller,
  input: unknown,
): Promise<ServiceResult<SetSummary>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const parsed = createQuizSetSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the set options.", parsed.error.flatten().fieldErrors);
  const { name, pinnedIds, excludedIds, seed: givenSeed, ...options } = parsed.data;
  const seed = givenSeed ?? randomBytes(12).toString("base64url");
  // Drawn even for drawPerLearner: it proves the options can fill a quiz before they are saved.
  const resolved = resolveQuizSet({ ...options, pinnedIds, excludedIds }, seed);
  if (!resolved.ok) return resolved;
  const settings: QuizSetSettings = { ...options, seed };
  const row = await db.studySet.create({
    data: {
      instructorId: caller.id,
      name,
      kind: "QUIZ",
      settings: toJsonColumn(settings),
      questionIds: options.drawPerLearner ? [] : resolved.data.questions.map((q) => q.id),
      pinnedIds: [...new Set(pinnedIds)],
      excludedIds: [...new Set(excludedIds)],
      cardIds: [],
      contentVersion: resolved.data.contentVersion,
    },
    select: setSummarySelect,
  });
  return ok(await summarizeSet(row));
}
