import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MasteryRow } from "@/lib/domain/progress/dashboard-view";
import { localDay } from "@/lib/domain/time/zoned-time";
import type { CurrentUser } from "@/lib/server/auth/session";
import { listAssignmentsForLearner } from "@/lib/server/classes/list-assignments-for-learner";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { getHomeFlashcards } from "@/lib/server/flashcards/get-home-flashcards";
import { expiredAttemptsColumn, readAfterExpiring } from "@/lib/server/quiz/finalize-attempt";
import { sqlQuery } from "@/lib/server/sql";
import { openQuizColumn, toOpenQuiz, type OpenQuiz, type OpenQuizColumns } from "./get-open-quiz";
import {
  buildMasteryRows,
  masteryInputColumns,
  toMasteryInputs,
  type MasteryColumns,
} from "./mastery-rows";

/**
 * The quiz to continue and mastery of the top-level topics (the same rows as the progress
 * dashboard's `topics`), in one statement (issue 15: home ran 26 statements a render for these
 * two tiles, then four). Expired exams are submitted first and the read sent again, so that
 * they neither show as open nor miss from mastery.
 */
async function getOpenQuizAndTopics(
  userId: string,
  timeZone: string,
  now: Date,
): Promise<{ open: OpenQuiz | null; topics: MasteryRow[] }> {
  const topicIds = getContentCatalog()
    .pack.programmes.filter((p) => !p.parent)
    .map((p) => p.id);
  const read = () =>
    sqlQuery<OpenQuizColumns & MasteryColumns>(Prisma.sql`
      SELECT ${expiredAttemptsColumn(userId, now)} AS expired, ${openQuizColumn(userId, now)},
        ${masteryInputColumns(userId, localDay(now, timeZone), topicIds)}`).then(([row]) => row!);
  const row = await readAfterExpiring(read, now);
  return {
    open: toOpenQuiz(row.open),
    topics: buildMasteryRows(topicIds, toMasteryInputs(row), now),
  };
}

/**
 * What the learner's home page shows, and nothing more: the flashcard tile, the quiz to
 * continue, open assignments and mastery by topic.
 */
export async function getLearnerHome(
  user: Pick<CurrentUser, "id" | "role" | "timeZone">,
  now = new Date(),
) {
  const [flashcards, { open, topics }, assignments] = await Promise.all([
    getHomeFlashcards(user.id, now, user.timeZone),
    getOpenQuizAndTopics(user.id, user.timeZone, now),
    listAssignmentsForLearner({ id: user.id, role: user.role }, now, user.timeZone),
  ]);
  return { flashcards, open, topics, assignments };
}
