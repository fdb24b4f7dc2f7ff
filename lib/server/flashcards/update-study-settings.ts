import "server-only";
import { isValidTimeZone } from "@/lib/domain/time/zoned-time";
import { studySettingsSchema } from "@/lib/schemas/flashcards";
import { db } from "@/lib/server/db";
import { lockProgress } from "@/lib/server/progress/record-progress";
import { rebuildProgressRollupsIn } from "@/lib/server/progress/rebuild-progress-rollups";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

export async function updateStudySettings(
  userId: string,
  input: unknown,
): Promise<ServiceResult<{ saved: true }>> {
  const parsed = studySettingsSchema.safeParse(input);
  if (!parsed.success)
    return fail(
      "invalid",
      "Please correct the highlighted settings.",
      parsed.error.flatten().fieldErrors,
    );
  if (!isValidTimeZone(parsed.data.timeZone)) {
    return fail("invalid", "Please correct the highlighted settings.", {
      timeZone: ["Choose a time zone from the list."],
    });
  }
  await db.$transaction(
    async (tx) => {
      // Days are local days in the current time zone: under the progress lock (so no answer
      // is counted under the old zone meanwhile), a new zone re-buckets the rollups.
      const previousZone = await lockProgress(tx, userId);
      await tx.user.update({ where: { id: userId }, data: parsed.data });
      if (previousZone !== parsed.data.timeZone) await rebuildProgressRollupsIn(tx, userId);
    },
    { timeout: 120_000 },
  );
  return ok({ saved: true });
}
