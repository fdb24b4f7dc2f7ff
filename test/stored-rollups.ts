import { db } from "@/lib/server/db";

/** Every rollup row of a learner, exactly as stored. */
export async function storedRollups(userId: string) {
  const [daily, programmes, questions] = await Promise.all([
    db.dailyActivity.findMany({ where: { userId }, orderBy: { day: "asc" } }),
    db.programmeDailyScore.findMany({
      where: { userId },
      orderBy: [{ programmeId: "asc" }, { day: "asc" }],
    }),
    db.questionStat.findMany({ where: { userId }, orderBy: { questionId: "asc" } }),
  ]);
  return { daily, programmes, questions };
}
