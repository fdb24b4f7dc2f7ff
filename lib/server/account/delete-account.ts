import "server-only";
import { DELETED_LEARNER } from "@/lib/domain/classes/deleted-learners";
import { deleteAccountSchema as schema } from "@/lib/schemas/account";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

/**
 * Deletes the account. A learner in no class goes entirely (by cascade: every attempt,
 * answer, card state, review and rollup). A learner in a class keeps, as Moodle does, what
 * their instructors graded: the user row stays as an anonymous tombstone (no name, no email,
 * no password, no sign-in, every session revoked, `deletedAt` set) holding only the class
 * memberships, the attempts at those classes' assignments with their answers, and the reviews
 * of the cards those classes were assigned; everything else of theirs is deleted. Gradebooks
 * then show "Deleted learner N" (lib/domain/classes/deleted-learners.ts).
 */
export async function deleteAccount(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<{ deleted: true }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return fail(
      "invalid",
      "Type your email address to confirm.",
      parsed.error.flatten().fieldErrors,
    );
  const deleted = await db.$transaction(async (tx) => {
    // The row lock keeps a class join from slipping in between the check and the delete.
    const email = parsed.data.confirmEmail.toLowerCase();
    const [account] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "User" WHERE id = ${userId} AND email = ${email} AND "deletedAt" IS NULL
      FOR UPDATE`;
    if (!account) return false;
    const memberships = await tx.classMember.findMany({
      where: { userId },
      select: { classId: true },
    });
    if (memberships.length === 0) {
      await tx.user.delete({ where: { id: userId } });
      return true;
    }
    const classIds = memberships.map((m) => m.classId);
    const flashcardSets = await tx.studySet.findMany({
      where: { kind: "FLASHCARDS", assignments: { some: { classId: { in: classIds } } } },
      select: { cardIds: true },
    });
    const assignedCards = [...new Set(flashcardSets.flatMap((s) => s.cardIds))];
    const mine = { userId };
    await tx.quizAttempt.deleteMany({
      where: {
        userId,
        OR: [{ assignmentId: null }, { assignment: { classId: { notIn: classIds } } }],
      },
    });
    await tx.reviewLog.deleteMany({ where: { userId, cardId: { notIn: assignedCards } } });
    await Promise.all([
      tx.oAuthAccount.deleteMany({ where: mine }),
      tx.deckSubscription.deleteMany({ where: mine }),
      tx.cardState.deleteMany({ where: mine }),
      tx.fsrsProfile.deleteMany({ where: mine }),
      tx.countedAnswer.deleteMany({ where: mine }),
      tx.dailyActivity.deleteMany({ where: mine }),
      tx.programmeDailyScore.deleteMany({ where: mine }),
      tx.questionStat.deleteMany({ where: mine }),
      // An instructor who was also a learner somewhere: their own classes and sets go.
      tx.class.deleteMany({ where: { instructorId: userId } }),
    ]);
    await tx.studySet.deleteMany({ where: { instructorId: userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `deleted-${userId}@deleted.invalid`,
        name: DELETED_LEARNER,
        passwordHash: null,
        timeZone: "UTC",
        extraNewCards: 0,
        extraNewCardsDay: null,
        sessionVersion: { increment: 1 },
        deletedAt: now,
      },
    });
    return true;
  });
  if (!deleted)
    return fail("invalid", "That is not your account's email address.", {
      confirmEmail: ["That is not your account's email address."],
    });
  return ok({ deleted: true });
}
