/**
 * Learners who deleted their account stay in their classes' gradebooks, anonymised, as
 * Moodle keeps a deleted user's grades: "Deleted learner 1", "Deleted learner 2"... numbered
 * within one class in the order the accounts were deleted (ties by id), so a class's numbers
 * are stable while its other learners come and go, and say nothing about other classes.
 */

export const DELETED_LEARNER = "Deleted learner";

export type MemberAccount = { userId: string; name: string; email: string; deletedAt: Date | null };

export type LearnerIdentity = {
  name: string;
  /** Null once the account is deleted (the address was erased). */
  email: string | null;
  deletedAt: Date | null;
};

/** Each member's shown identity, for the members of one class. */
export function learnerIdentities(members: readonly MemberAccount[]): Map<string, LearnerIdentity> {
  const deleted = members
    .filter((m) => m.deletedAt !== null)
    .sort(
      (a, b) =>
        a.deletedAt!.getTime() - b.deletedAt!.getTime() ||
        (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
    );
  const numberOf = new Map(deleted.map((m, i) => [m.userId, i + 1]));
  return new Map(
    members.map((m) => [
      m.userId,
      m.deletedAt === null
        ? { name: m.name, email: m.email, deletedAt: null }
        : {
            name: `${DELETED_LEARNER} ${numberOf.get(m.userId)}`,
            email: null,
            deletedAt: m.deletedAt,
          },
    ]),
  );
}

/** The class page's notice to the instructor; null when nobody deleted an account. */
export function deletedLearnersNotice(
  deleted: readonly { name: string; deletedAt: Date }[],
  formatDate: (date: Date) => string,
): string | null {
  if (deleted.length === 0) return null;
  const kept =
    "Their results stay in this class's gradebook, item analysis and exports under that " +
    "name; their name and email address were erased.";
  if (deleted.length === 1) {
    const [only] = deleted;
    return (
      `1 learner deleted their account on ${formatDate(only!.deletedAt)} ` +
      `(now "${only!.name}"). ${kept.replace("Their results", "The results")}`
    );
  }
  const list = deleted.map((d) => `${d.name} on ${formatDate(d.deletedAt)}`).join(", ");
  return `${deleted.length} learners deleted their accounts: ${list}. ${kept.replace(
    "under that name",
    "under those names",
  )}`;
}
