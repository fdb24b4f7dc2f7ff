import "server-only";
import { isValidTimeZone } from "@/lib/domain/time/zoned-time";
import { studySettingsSchema } from "@/lib/schemas/flashcards";
import { db } from "@/lib/server/db";
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
  await db.user.update({ where: { id: userId }, data: parsed.data });
  return ok({ saved: true });
}
