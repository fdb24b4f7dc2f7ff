import "server-only";
import { randomBytes } from "node:crypto";
import type { Question } from "@/lib/domain/questions/types";
import { effectiveDifficulty, type EffectiveDifficulty } from "@/lib/domain/quiz/facility";
import { getFacilityCounts } from "@/lib/server/quiz/get-facility-counts";
import { previewQuizSetSchema } from "@/lib/schemas/classes";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "./caller";
import { resolveQuizSet } from "./resolve-quiz-set";

export type QuizSetPreview = {
  /** Send it back with the pins, exclusions and the save, to keep this draw. */
  seed: string;
  requested: number;
  /** How many questions the options allow at all. */
  available: number;
  /** Pinned first, excluded left out. Full questions with answer keys: instructors only. */
  questions: (Question & { pinned: boolean; measured: EffectiveDifficulty })[];
};

/** The questions a quiz set with these options would hold; nothing is stored. */
export async function previewQuizSet(
  caller: Caller,
  input: unknown,
): Promise<ServiceResult<QuizSetPreview>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const parsed = previewQuizSetSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the set options.", parsed.error.flatten().fieldErrors);
  const options = parsed.data;
  const seed = options.seed ?? randomBytes(12).toString("base64url");
  const resolved = resolveQuizSet(options, seed);
  if (!resolved.ok) return resolved;
  const pinned = new Set(options.pinnedIds);
  // Facility from the learners' first answers replaces the authored difficulty from
  // MIN_LEARNERS on; the builder shows which one it is.
  const counts = await getFacilityCounts(resolved.data.questions.map((q) => q.id));
  return ok({
    seed,
    requested: options.count,
    available: resolved.data.available,
    questions: resolved.data.questions.map((q) => ({
      ...q,
      pinned: pinned.has(q.id),
      measured: effectiveDifficulty(q.difficulty, counts.get(q.id)),
    })),
  });
}
