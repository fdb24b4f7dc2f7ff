import "server-only";
import type { CurrentUser } from "@/lib/server/auth/session";
import { listAssignmentsForLearner } from "@/lib/server/classes/list-assignments-for-learner";
import { getHomeFlashcards } from "@/lib/server/flashcards/get-home-flashcards";
import { getOpenQuiz } from "./get-open-quiz";
import { getTopicMastery } from "./get-topic-mastery";

/**
 * What the learner's home page shows, and nothing more: the flashcard tile, the quiz to
 * continue, open assignments and mastery by topic. Topics are read after the open quiz, whose
 * read submits expired exams first, so that their answers already count.
 */
export async function getLearnerHome(
  user: Pick<CurrentUser, "id" | "role" | "timeZone">,
  now = new Date(),
) {
  const [flashcards, { open, topics }, assignments] = await Promise.all([
    getHomeFlashcards(user.id, now, user.timeZone),
    getOpenQuiz(user.id, now).then(async (open) => ({
      open,
      topics: await getTopicMastery(user.id, user.timeZone, now),
    })),
    listAssignmentsForLearner({ id: user.id, role: user.role }, now, user.timeZone),
  ]);
  return { flashcards, open, topics, assignments };
}
