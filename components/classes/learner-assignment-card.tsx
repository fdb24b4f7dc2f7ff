import { Link } from "@/components/ui/link";
import { StartQuizButton } from "@/components/quiz-setup/start-quiz-button";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { startAttemptConfirmation } from "@/lib/domain/classes/start-attempt-confirmation";
import { formatDateTime, formatScore } from "@/lib/domain/format/format";
import type { LearnerAssignment } from "@/lib/server/classes/list-assignments-for-learner";
import { AssignmentStatusBadge } from "./assignment-status-badge";
import { Badge } from "./badge";
import { StudyCardsButton } from "./study-cards-button";

function describeSet(a: LearnerAssignment): string {
  if (a.set.kind === "flashcards") return "Flashcards";
  if (a.set.mode === "exam")
    return a.set.timeLimitMinutes ? `Exam, ${a.set.timeLimitMinutes} min` : "Exam";
  return "Practice quiz";
}

/** One assignment on the learner's list: when, how it went so far, and the one thing to do next. */
/**
 * One assignment as its learner sees it. `archived`: from a class the instructor archived, a
 * record only: no status to act on and no action.
 */
export function LearnerAssignmentCard({
  assignment: a,
  archived = false,
}: {
  assignment: LearnerAssignment;
  archived?: boolean;
}) {
  const tz = a.learnerTimeZone;
  const quiz = a.set.kind === "quiz";
  const pastDue = a.status === "late" || a.startWouldBeLate;
  const done = a.status === "done" || a.status === "done-late";

  return (
    <li
      className={`${cardStyles} flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between`}
    >
      <div className="min-w-0 space-y-2">
        <div>
          <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            {a.set.name}
            {archived && !done ? null : <AssignmentStatusBadge status={a.status} />}
            <Badge>{describeSet(a)}</Badge>
          </h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">{a.className}</p>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {a.status === "upcoming" ? (
            <>
              <dt className="text-slate-500 dark:text-slate-400">Opens</dt>
              <dd>{formatDateTime(a.opensAt, tz)}</dd>
            </>
          ) : null}
          <dt className="text-slate-500 dark:text-slate-400">Due</dt>
          <dd>{formatDateTime(a.dueAt, tz)}</dd>
          {quiz ? (
            <>
              <dt className="text-slate-500 dark:text-slate-400">Attempts</dt>
              <dd>
                {a.attemptsAllowed === null
                  ? `${a.attemptsUsed} used (no limit)`
                  : `${a.attemptsUsed} of ${a.attemptsAllowed} used`}
              </dd>
              <dt className="text-slate-500 dark:text-slate-400">Best score</dt>
              <dd className="font-semibold">{formatScore(a.bestScore)}</dd>
            </>
          ) : a.cards ? (
            <>
              <dt className="text-slate-500 dark:text-slate-400">Cards</dt>
              <dd>
                {a.cards.reviewed} of {a.cards.total} reviewed since it opened
              </dd>
            </>
          ) : null}
        </dl>
        {quiz && pastDue && a.canStart && !archived ? (
          <p className="text-sm text-amber-800 dark:text-amber-300">
            {a.lateCounts
              ? "Past the due date: late attempts still count."
              : "Past the due date: you can still do it, but late attempts do not count " +
                "towards your score."}
          </p>
        ) : null}
      </div>
      <div className="shrink-0">
        {archived ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {done ? "Class archived" : "Not done · class archived"}
          </p>
        ) : (
          <AssignmentAction assignment={a} />
        )}
      </div>
    </li>
  );
}

function AssignmentAction({ assignment: a }: { assignment: LearnerAssignment }) {
  const note = "text-sm text-slate-600 dark:text-slate-400";
  if (a.blockedReason === "not-open") return <p className={note}>Not open yet</p>;
  if (a.set.kind === "flashcards")
    return <StudyCardsButton assignmentId={a.id} srLabel={a.set.name} />;
  if (a.inProgressAttemptId) {
    return (
      <Link href={`/quizzes/${a.inProgressAttemptId}`} className={buttonStyles.primary}>
        Resume<span className="sr-only"> {a.set.name}</span>
      </Link>
    );
  }
  if (a.blockedReason === "no-attempts-left") return <p className={note}>No attempts left</p>;
  return (
    <StartQuizButton
      url={`/api/assignments/${a.id}/attempts`}
      label={a.attemptsUsed === 0 ? "Start" : "Try again"}
      srLabel={a.set.name}
      confirmMessage={startAttemptConfirmation({
        name: a.set.name,
        attemptsLeft: a.attemptsLeft,
      })}
    />
  );
}
