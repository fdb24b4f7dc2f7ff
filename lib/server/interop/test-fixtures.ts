// Fixtures for the interop integration tests (imported by *.test.ts only).
import { beforeAll } from "vitest";
import {
  cardIdsOf,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  type TestUser,
} from "@/lib/server/classes/test-fixtures";
import { getContentCatalog } from "@/lib/server/content/get-content";

/** An instructor's quiz set and flashcard set, and two users who must not reach them. */
export type OwnerSets = {
  owner: TestUser;
  /** Another instructor. */
  other: TestUser;
  learner: TestUser;
  quizSetId: string;
  cardSetId: string;
  /** The flashcard set's cards, in order. */
  cardIds: string[];
};

/**
 * Registers a beforeAll that makes the owner (an instructor) with a quiz set named
 * `quizSetName` and a flashcard set of the first `cards` cards of the first programme's deck,
 * another instructor and a learner (emails begin with `label`). The fields are set from the
 * first test on; read them there, not when the file loads.
 */
export function setUpOwnerSets(
  label: string,
  { quizSetName, cards }: { quizSetName: string; cards: number },
): OwnerSets {
  const fixture = {} as OwnerSets;
  beforeAll(async () => {
    const owner = await makeInstructor(`${label}-owner`);
    const other = await makeInstructor(`${label}-other`);
    const learner = await makeLearner(`${label}-learner`);
    const quizSetId = (await makeQuizSet(owner, { name: quizSetName })).id;
    const deck = getContentCatalog().pack.programmes[0]!.id;
    const cardIds = cardIdsOf(deck, cards);
    const cardSetId = (await makeFlashcardSet(owner, cardIds)).id;
    Object.assign(fixture, { owner, other, learner, quizSetId, cardSetId, cardIds });
  });
  return fixture;
}

/**
 * Everyone but the owner, with the status a set's routes answer them: not found for the
 * signed in (ids reveal nothing), 401 for nobody. For `test.each`.
 */
export function outsidersOf(sets: OwnerSets): [string, number, () => TestUser | null][] {
  return [
    ["another instructor", 404, () => sets.other],
    ["a learner", 404, () => sets.learner],
    ["nobody signed in", 401, () => null],
  ];
}
