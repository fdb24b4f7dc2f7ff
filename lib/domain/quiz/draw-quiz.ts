/**
 * Drawing a quiz from the question bank: filter by programme, kind and source, then pick with
 * a seeded random source so the same seed and bank give the same quiz. The pick spreads over
 * question kinds (round-robin over kinds in random order) and avoids two questions on the
 * same fact while other facts remain, because a true/false on a fact gives away its cloze, and
 * likewise two questions of which one shows the other's answer (reveals.ts). True/false
 * questions are taken true and false in turn while both are left, so that answering "true"
 * (or "false") throughout scores about half of them; when no statement of the answer due next
 * fits, another kind takes the place before a statement that would tip them further apart.
 * In each round the questions that span many facts (ordering, matching) are placed first, and
 * a kind's first question may share a fact when no other is left: variety comes first.
 * With `maxRecallShare` (the default practice quiz uses DEFAULT_MAX_RECALL_SHARE), at most that
 * share of the quiz asks for recall: recall questions are taken only while the budget lasts,
 * keeping one recall slot for each kind that has nothing above recall (so kinds stay covered).
 * The cap gives way only when the filtered bank has too few questions above recall to fill the
 * quiz: the quiz is then topped up with recall rather than cut short.
 */
import { filterByLevel } from "@/lib/domain/questions/filter-by-level";
import { createRng, shuffle } from "@/lib/domain/random";
import { revealingPairs } from "./reveals";
import type { Question, QuestionKind, QuestionLevel } from "@/lib/domain/questions/types";

/** The default practice quiz asks at most half its questions at recall. */
export const DEFAULT_MAX_RECALL_SHARE = 0.5;

export type QuizFilter = {
  /** Programme ids (a question matches when it involves any of them); empty means all. */
  programmeIds: readonly string[];
  /** Question kinds; empty means all. */
  kinds: readonly QuestionKind[];
  /** Only questions built from the source document's own facts. */
  sourceOnly: boolean;
  /** Levels of thinking; empty or absent means all. */
  levels?: readonly QuestionLevel[];
  /** At most this share of the quiz at recall (see above); absent means no cap. */
  maxRecallShare?: number;
};

/** The fields of a question that the filter reads (so the setup form can count with it). */
export type FilterableQuestion = Pick<Question, "kind" | "beyondSource"> & {
  level?: QuestionLevel;
  tags: Pick<Question["tags"], "programmeIds" | "topic">;
};

export function filterQuestions<T extends FilterableQuestion>(
  bank: readonly T[],
  filter: QuizFilter,
): T[] {
  const programmes = new Set(filter.programmeIds);
  const kinds = new Set(filter.kinds);
  return filterByLevel(bank, filter.levels ?? []).filter(
    (q) =>
      (programmes.size === 0 ||
        q.tags.programmeIds.some((p) => programmes.has(p)) ||
        programmes.has(q.tags.topic)) &&
      (kinds.size === 0 || kinds.has(q.kind)) &&
      (!filter.sourceOnly || !q.beyondSource),
  );
}

/**
 * Picks up to `count` questions; returns their ids in the order they will be asked. With
 * `seen` (question id to when the learner last answered it, in ms), questions not yet answered
 * come first within each kind, then the ones answered longest ago: a learner's next quiz asks
 * what they have not just seen, while its kinds, facts and recall share are kept as above.
 */
export function drawQuiz(
  bank: readonly Question[],
  filter: QuizFilter,
  count: number,
  seed: string,
  { seen }: { seen?: ReadonlyMap<string, number> } = {},
): string[] {
  const rng = createRng(`draw:${seed}`);
  const candidates = filterQuestions(bank, filter);
  const isRecall = (q: Question) => q.level === "recall";
  const aboveRecall = candidates.filter((q) => !isRecall(q)).length;
  const cap =
    filter.maxRecallShare === undefined
      ? Infinity
      : Math.max(Math.floor(count * filter.maxRecallShare), count - aboveRecall);
  const byKind = new Map<QuestionKind, Question[]>();
  for (const q of candidates) {
    const list = byKind.get(q.kind) ?? [];
    list.push(q);
    byKind.set(q.kind, list);
  }
  // Kinds in a seeded order, each kind's questions shuffled: an interleaving that is random
  // yet spreads a short quiz over as many kinds as it can.
  // Never answered first, then answered longest ago (a stable sort keeps the shuffle's order).
  const staleness = (q: Question) => seen?.get(q.id) ?? -1;
  const queues = shuffle([...byKind.keys()].sort(), rng).map((kind) =>
    shuffle(byKind.get(kind)!, rng).sort((a, b) => staleness(a) - staleness(b)),
  );

  const chosen: Question[] = [];
  const usedFacts = new Set<string>();
  const deferred: Question[] = [];
  const pickedKinds = new Set<QuestionKind>();
  let recallTaken = 0;
  // Kinds with nothing above recall each keep one recall slot until they are picked.
  const recallOnly = new Set(
    [...byKind.entries()].filter(([, qs]) => qs.every(isRecall)).map(([kind]) => kind),
  );
  const reserved = () => [...recallOnly].filter((k) => !pickedKinds.has(k)).length;
  const recallAllowed = (q: Question) =>
    !isRecall(q) ||
    recallTaken +
      1 +
      (recallOnly.has(q.kind) && !pickedKinds.has(q.kind) ? reserved() - 1 : reserved()) <=
      cap;
  const revealing = revealingPairs(bank);
  const givenAway = new Set<string>();
  // Shares a fact with a question already chosen, or one of the two gives the other away.
  const clashes = (q: Question) => q.factIds.some((f) => usedFacts.has(f)) || givenAway.has(q.id);
  let trues = 0;
  let falses = 0;
  // The true/false answer taken less so far; undefined while even (or for other kinds).
  const wanted = (q: Question) =>
    q.kind !== "true-false" || trues === falses ? undefined : trues < falses;
  // A true/false question of the answer taken more so far.
  const unbalances = (q: Question) =>
    q.kind === "true-false" && wanted(q) !== undefined && q.answer !== wanted(q);
  const take = (q: Question) => {
    if (q.kind === "true-false") {
      if (q.answer) trues++;
      else falses++;
    }
    chosen.push(q);
    pickedKinds.add(q.kind);
    if (isRecall(q)) recallTaken++;
    q.factIds.forEach((f) => usedFacts.add(f));
    revealing.get(q.id)?.forEach((id) => givenAway.add(id));
  };
  // Round-robin over kinds; within a kind, skip (defer) questions on a fact already asked or
  // that clash otherwise, and true/false questions of the answer taken more so far.
  while (chosen.length < count && queues.some((queue) => queue.length > 0)) {
    // Questions spanning many facts (ordering, matching) pick first in each round; the many
    // single-fact questions can then still find facts of their own.
    const round = [...queues].sort(
      (a, b) => (b[0]?.factIds.length ?? 0) - (a[0]?.factIds.length ?? 0),
    );
    for (const queue of round) {
      if (chosen.length >= count || queue.length === 0) continue;
      const kind = queue[0]!.kind;
      // A question answered before is taken in the rounds only for a kind not yet asked; else
      // it waits for the fill, behind every fresh question that fits.
      const fits = (q: Question) =>
        recallAllowed(q) && !clashes(q) && !(seen?.has(q.id) && pickedKinds.has(kind));
      const balanced = queue.findIndex(
        (q) => fits(q) && q.kind === "true-false" && q.answer === wanted(q),
      );
      // One that would tip true and false further apart waits for the fill, where it comes
      // after every question that fits without.
      const index = balanced >= 0 ? balanced : queue.findIndex((q) => fits(q) && !unbalances(q));
      // Variety may share a fact, never give an answer away.
      const allowed = queue.findIndex((q) => recallAllowed(q) && !givenAway.has(q.id));
      if (index >= 0) {
        deferred.push(...queue.splice(0, index));
        take(queue.shift()!);
      } else if (!pickedKinds.has(kind) && allowed >= 0) {
        // Every question of this kind shares a fact already asked: variety wins, once.
        deferred.push(...queue.splice(0, allowed));
        take(queue.shift()!);
      } else {
        deferred.push(...queue.splice(0));
      }
    }
  }
  // Only when the distinct facts run out do questions share a fact, and only then does one
  // give another away; the recall cap still holds. Each pick takes the first deferred question
  // that clashes least: giving an answer away, then sharing a fact, then having been answered
  // before (the longest ago first), then unbalancing true and false.
  const cost = (q: Question) =>
    (givenAway.has(q.id) ? 8 : 0) +
    (q.factIds.some((f) => usedFacts.has(f)) ? 4 : 0) +
    (seen?.has(q.id) ? 2 : 0) +
    (unbalances(q) ? 1 : 0);
  let left = deferred
    .sort((a, b) => staleness(a) - staleness(b))
    .filter((q) => !isRecall(q) || recallTaken < cap);
  while (chosen.length < count && left.length > 0) {
    let best = 0;
    for (let i = 1; i < left.length && cost(left[best]!) > 0; i++)
      if (cost(left[i]!) < cost(left[best]!)) best = i;
    take(left.splice(best, 1)[0]!);
    left = left.filter((q) => !isRecall(q) || recallTaken < cap);
  }
  return shuffle(chosen, rng).map((q) => q.id);
}
