import "server-only";
import type { CurrentUser } from "@/lib/server/auth/session";
import { listAssignmentsForLearner } from "@/lib/server/classes/list-assignments-for-learner";
import { getHomeFlashcards } from "@/lib/server/flashcards/get-home-flashcards";
import { listQuizAttempts } from "@/lib/server/quiz/list-quiz-attempts";
import { getTopicMastery } from "./get-topic-mastery";

/**
 * What the learner's home page shows, and nothing more: the flashcard tile, the last attempts
 * (for the open quiz), open assignments and mastery by topic. Topics are read after the attempt
 * list, which submits expired exams first, so that their answers already count.
 */
export async function getLearnerHome(
  user: Pick<CurrentUser, "id" | "role" | "timeZone">,
  now = new Date(),
) {
  const [flashcards, { attempts, topics }, assignments] = await Promise.all([
    getHomeFlashcards(user.id, now),
    listQuizAttempts(user.id, 10, now).then(async (attempts) => ({
      attempts,
      topics: await getTopicMastery(user.id, user.timeZone, now),
    })),
    listAssignmentsForLearner({ id: user.id, role: user.role }, now),
  ]);
  return { flashcards, attempts, topics, assignments };
}
