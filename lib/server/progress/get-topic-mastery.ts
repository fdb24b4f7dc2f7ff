import "server-only";
import type { MasteryRow } from "@/lib/domain/progress/dashboard-view";
import { localDay } from "@/lib/domain/time/zoned-time";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { buildMasteryRows, readMasteryInputs } from "./mastery-rows";

/**
 * Mastery of the top-level topics only, the same rows as the progress dashboard's `topics`,
 * for the home page: two statements over the topics' rollups and decks instead of the whole
 * dashboard (issue 15: home ran 26 statements a render for this one tile). The caller has
 * already submitted expired exams (listQuizAttempts does), and passes the learner's time zone.
 */
export async function getTopicMastery(
  userId: string,
  timeZone: string,
  now = new Date(),
): Promise<MasteryRow[]> {
  const topicIds = getContentCatalog()
    .pack.programmes.filter((p) => !p.parent)
    .map((p) => p.id);
  const [quizRows, cardRows] = await Promise.all(
    readMasteryInputs(userId, localDay(now, timeZone), topicIds),
  );
  return buildMasteryRows(topicIds, { quizRows, cardRows }, now);
}
