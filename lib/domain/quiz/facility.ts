/**
 * Difficulty from data (issue 11, item 9). A question's facility is the share of learners
 * whose first answer to it was right:
 * - a learner's *first answer* to a question is their first answer that counts towards progress
 *   (CountedAnswer, lowest `seq`): a practice answer when checked, an exam's answers when it is
 *   submitted; later answers by the same learner never change it;
 * - it is *right* when it earned the full mark (score 1): a partly right answer is not right.
 * From MIN_LEARNERS learners on, the facility replaces the authored difficulty (1 easy,
 * 2 medium, 3 hard); below that the authored difficulty stands, read as a prior facility.
 * "Harder questions" draws from the candidates with the lowest (measured or prior) facility.
 */
import type { Difficulty } from "@/lib/domain/questions/types";

/** Learners needed before the facility replaces the authored difficulty. */
export const MIN_LEARNERS = 20;

/** A question's counters: learners with a first answer, and how many of those were right. */
export type FacilityCount = { learners: number; firstRight: number };

/** A full mark, allowing for floating-point sums of partial credit. */
export const isRight = (score: number) => score >= 1 - 1e-9;

/**
 * The answers among `answers` (in the order they are counted) that are the learner's first to
 * their question, given the questions the learner had answered before: each question's first
 * one, unless the question was already answered.
 */
export function firstAnswers<T extends { questionId: string }>(
  answers: readonly T[],
  answeredBefore: ReadonlySet<string>,
): T[] {
  const seen = new Set(answeredBefore);
  return answers.filter((a) => {
    if (seen.has(a.questionId)) return false;
    seen.add(a.questionId);
    return true;
  });
}

/** What one learner's first answers add to each question's counters. */
export function facilityIncrements(
  firsts: readonly { questionId: string; score: number }[],
): Map<string, FacilityCount> {
  const out = new Map<string, FacilityCount>();
  for (const a of firsts) {
    const c = out.get(a.questionId) ?? { learners: 0, firstRight: 0 };
    out.set(a.questionId, {
      learners: c.learners + 1,
      firstRight: c.firstRight + (isRight(a.score) ? 1 : 0),
    });
  }
  return out;
}

/** The authored difficulty read as a facility, for questions with too few learners. */
export const PRIOR_FACILITY: Record<Difficulty, number> = { 1: 0.8, 2: 0.55, 3: 0.3 };

/** Below this facility a question is hard; from EASY_FROM on, easy (item-analysis bands). */
export const HARD_BELOW = 0.4;
export const EASY_FROM = 0.7;

export type EffectiveDifficulty =
  | {
      source: "facility";
      difficulty: Difficulty;
      facility: number;
      learners: number;
      authored: Difficulty;
    }
  | { source: "authored"; difficulty: Difficulty; learners: number; authored: Difficulty };

export function difficultyOfFacility(facility: number): Difficulty {
  return facility < HARD_BELOW ? 3 : facility < EASY_FROM ? 2 : 1;
}

/** The difficulty draws and the set builder use: measured from MIN_LEARNERS on. */
export function effectiveDifficulty(
  authored: Difficulty,
  count: FacilityCount | undefined,
): EffectiveDifficulty {
  const learners = count?.learners ?? 0;
  if (!count || learners < MIN_LEARNERS)
    return { source: "authored", difficulty: authored, learners, authored };
  const facility = count.firstRight / learners;
  return {
    source: "facility",
    difficulty: difficultyOfFacility(facility),
    facility,
    learners,
    authored,
  };
}

/** The facility a question is ranked by: measured, or its authored difficulty's prior. */
export function estimatedFacility(authored: Difficulty, count: FacilityCount | undefined): number {
  const e = effectiveDifficulty(authored, count);
  return e.source === "facility" ? e.facility : PRIOR_FACILITY[authored];
}

/**
 * "Harder questions": the hardest third of the candidates (at least `count` of them), lowest
 * estimated facility first (ties by id, so the pool does not depend on the bank's order). The
 * draw then picks from this pool as from any filtered bank.
 */
export function harderPool<T extends { id: string; difficulty: Difficulty }>(
  candidates: readonly T[],
  counts: ReadonlyMap<string, FacilityCount>,
  count: number,
): T[] {
  const size = Math.min(candidates.length, Math.max(count, Math.ceil(candidates.length / 3)));
  return candidates
    .map((q) => ({ q, f: estimatedFacility(q.difficulty, counts.get(q.id)) }))
    .sort((a, b) => a.f - b.f || (a.q.id < b.q.id ? -1 : a.q.id > b.q.id ? 1 : 0))
    .slice(0, size)
    .map(({ q }) => q);
}

const LABELS: Record<Difficulty, string> = { 1: "easy", 2: "medium", 3: "hard" };

/** "hard · facility 35% (48 learners)" or "authored: hard (12 of 20 learners so far)". */
export function describeDifficulty(e: EffectiveDifficulty): string {
  if (e.source === "facility") {
    const percent = Math.round(e.facility * 100);
    return `${LABELS[e.difficulty]} · facility ${percent}% (${e.learners} learners)`;
  }
  const sofar = e.learners ? ` (${e.learners} of ${MIN_LEARNERS} learners so far)` : "";
  return `authored: ${LABELS[e.authored]}${sofar}`;
}
