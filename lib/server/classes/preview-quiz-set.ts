import "server-only";
import { randomBytes } from "node:crypto";
import type { Question } from "@/lib/domain/questions/types";
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
  questions: (Question & { pinned: boolean })[];
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
  return ok({
    seed,
    requested: options.count,
    available: resolved.data.available,
    questions: resolved.data.questions.map((q) => ({ ...q, pinned: pinned.has(q.id) })),
  });
}
