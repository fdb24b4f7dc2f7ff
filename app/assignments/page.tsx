import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { LearnerAssignmentCard } from "@/components/classes/learner-assignment-card";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/styles";
import type { AssignmentStatus } from "@/lib/domain/classes/assignment-status";
import { requireUser } from "@/lib/server/auth/session";
import {
  listAssignmentsForLearner,
  type LearnerAssignment,
} from "@/lib/server/classes/list-assignments-for-learner";
import { listLearnerClasses, type LearnerClass } from "@/lib/server/classes/list-learner-classes";

export const metadata: Metadata = { title: "Assignments" };

// The most pressing first; the service already orders each group (soonest due, latest done).
const GROUPS: { id: string; title: string; statuses: AssignmentStatus[] }[] = [
  { id: "to-do", title: "To do", statuses: ["to-do"] },
  { id: "late", title: "Late", statuses: ["late"] },
  { id: "upcoming", title: "Upcoming", statuses: ["upcoming"] },
  { id: "done", title: "Done", statuses: ["done", "done-late"] },
];

/**
 * With nothing assigned, names the classes the learner is in (right after joining, "Join a
 * class" read as if the join had failed), or asks them to join one.
 */
function nothingAssigned(
  current: LearnerClass[],
  archivedWork: number,
): { title: string; body: string } {
  if (current.length === 0 && archivedWork > 0)
    return {
      title: "No current assignments",
      body:
        "Your classes are archived: what you did in them is below. Join a class to get new " +
        "assignments.",
    };
  if (current.length === 0)
    return {
      title: "Join a class to get assignments",
      body:
        "When your instructor assigns a quiz or flashcards to your class, it appears here with " +
        "its due date.",
    };
  if (current.length === 1)
    return {
      title: `Nothing assigned yet in ${current[0]!.name}`,
      body:
        `When ${current[0]!.instructorName} assigns a quiz or flashcards to the class, it ` +
        "appears here with its due date.",
    };
  return {
    title: `Nothing assigned yet in your ${current.length} classes`,
    body:
      "When your instructors assign a quiz or flashcards to one of them, it appears here with " +
      "its due date.",
  };
}

export default async function AssignmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/assignments");
  const caller = { id: user.id, role: user.role };
  const { joined: joinedId } = await searchParams;
  const learner = user.role !== "INSTRUCTOR";
  const [result, classesResult, archivedResult] = await Promise.all([
    listAssignmentsForLearner(caller, undefined, user.timeZone),
    learner ? listLearnerClasses(caller) : null,
    learner ? listAssignmentsForLearner(caller, undefined, user.timeZone, "archived") : null,
  ]);
  // The learner's record of archived classes' work, kept after the class is put away.
  const archivedWork = archivedResult?.ok ? archivedResult.data : [];
  const classes = classesResult?.ok ? classesResult.data : [];
  const current = classes.filter((c) => c.archivedAt === null);
  // Where joining leads (afterJoinPath): said only of a class the learner is in.
  const joined = typeof joinedId === "string" ? classes.find((c) => c.id === joinedId) : undefined;
  const classesLink = (
    <Link href="/classes" className={buttonStyles.primary}>
      {user.role === "INSTRUCTOR" || current.length > 0 ? "Your classes" : "Join a class"}
    </Link>
  );

  if (!result.ok) {
    return (
      <>
        <PageHeader title="Assignments" />
        <Alert tone="error">{result.error}</Alert>
      </>
    );
  }
  const assignments = result.data;
  const zone = user.timeZone;

  return (
    <>
      <PageHeader
        title="Assignments"
        description={
          <>
            Work your instructors set for your classes. Times are in your time zone, {zone} (
            <Link href="/settings" className="underline">
              change it
            </Link>
            ).
          </>
        }
        actions={
          assignments.length ? (
            <Link href="/classes" className={buttonStyles.secondary}>
              Your classes
            </Link>
          ) : undefined
        }
      />
      {joined ? (
        <div className="mb-6">
          <Alert tone="success">
            You joined {joined.name}, taught by {joined.instructorName}.
          </Alert>
        </div>
      ) : null}
      {assignments.length === 0 ? (
        user.role === "INSTRUCTOR" ? (
          <EmptyState title="Assignments are for learners" action={classesLink}>
            You set work from your class pages, and see how it went there.
          </EmptyState>
        ) : (
          <EmptyState
            title={nothingAssigned(current, archivedWork.length).title}
            action={classesLink}
          >
            {nothingAssigned(current, archivedWork.length).body}
          </EmptyState>
        )
      ) : (
        <div className="space-y-10">
          {GROUPS.map((group) => {
            const items: LearnerAssignment[] = assignments.filter((a) =>
              group.statuses.includes(a.status),
            );
            if (items.length === 0) return null;
            return (
              <section key={group.id} aria-labelledby={`group-${group.id}`}>
                <h2 id={`group-${group.id}`} className="mb-3 text-lg font-semibold">
                  {group.title}{" "}
                  <span className="font-normal text-slate-500 dark:text-slate-400">
                    ({items.length})
                  </span>
                </h2>
                <ul className="grid gap-4">
                  {items.map((a) => (
                    <LearnerAssignmentCard key={a.id} assignment={a} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      {archivedWork.length ? (
        <section aria-labelledby="group-archived" className="mt-10">
          <h2 id="group-archived" className="text-lg font-semibold">
            From archived classes{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              ({archivedWork.length})
            </span>
          </h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Your record of them: an archived class&apos;s work can no longer be done or changed.
          </p>
          <ul className="grid gap-4">
            {archivedWork.map((a) => (
              <LearnerAssignmentCard key={a.id} assignment={a} archived />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
