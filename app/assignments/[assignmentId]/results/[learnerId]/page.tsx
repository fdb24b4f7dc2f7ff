import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { AssignmentStatusBadge } from "@/components/classes/assignment-status-badge";
import { Badge } from "@/components/classes/badge";
import { tableStyles as t } from "@/components/classes/table-styles";
import { AnswerReview } from "@/components/quiz/answer-review";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroller } from "@/components/ui/table-scroller";
import { cardStyles } from "@/components/ui/styles";
import {
  formatDateTime,
  formatDuration,
  formatPercent,
  formatScore,
} from "@/lib/domain/format/format";
import { RATING_LABELS } from "@/lib/domain/srs/schedule";
import { requireUser } from "@/lib/server/auth/session";
import { getAssignmentResults } from "@/lib/server/classes/get-assignment-results";
import { getLearnerAssignmentWork } from "@/lib/server/classes/get-learner-assignment-work";

export const metadata: Metadata = { title: "Learner's work" };

export default async function LearnerWorkPage({
  params,
}: {
  params: Promise<{ assignmentId: string; learnerId: string }>;
}) {
  const { assignmentId, learnerId } = await params;
  const user = await requireUser(`/assignments/${assignmentId}/results/${learnerId}`);
  const caller = { id: user.id, role: user.role };
  // The results give the page its header (set, class); the work has the answers.
  const [results, work] = await Promise.all([
    getAssignmentResults(caller, assignmentId),
    getLearnerAssignmentWork(caller, assignmentId, learnerId),
  ]);
  if (!results.ok || !work.ok) notFound();
  const { assignment } = results.data;
  const { learner, attempts, cards } = work.data;
  const tz = user.timeZone;

  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/classes", label: "Classes" },
          { href: `/classes/${assignment.classId}`, label: assignment.className },
          { href: `/assignments/${assignment.id}/results`, label: assignment.set.name },
        ]}
        current={learner.name}
      />
      <PageHeader
        title={learner.name}
        description={
          <>
            {learner.email ?? "Account deleted"} · {assignment.set.name} ({assignment.className}) ·
            due {formatDateTime(assignment.dueAt, tz)}
          </>
        }
      />

      <dl className={`${cardStyles} mb-10 grid grid-cols-2 gap-4 sm:grid-cols-4`}>
        <div>
          <dt className="text-sm text-slate-500 dark:text-slate-400">Status</dt>
          <dd className="pt-1">
            <AssignmentStatusBadge status={work.data.status} />
          </dd>
        </div>
        {cards ? null : (
          <>
            <div>
              <dt className="text-sm text-slate-500 dark:text-slate-400">Best score</dt>
              <dd className="text-2xl font-semibold tabular-nums">
                {formatScore(work.data.bestScore)}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-500 dark:text-slate-400">Last score</dt>
              <dd className="text-2xl font-semibold tabular-nums">
                {formatScore(work.data.lastScore)}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-500 dark:text-slate-400">Attempts</dt>
              <dd className="text-2xl font-semibold tabular-nums">{attempts.length}</dd>
            </div>
          </>
        )}
      </dl>

      {cards ? (
        <TableScroller label="Cards reviewed since the assignment opened" frame={t.frame}>
          <table className={t.table}>
            <caption className={t.caption}>Cards reviewed since the assignment opened</caption>
            <thead className={t.head}>
              <tr>
                <th scope="col" className={t.th}>
                  Card
                </th>
                <th scope="col" className={t.th}>
                  Reviews
                </th>
                <th scope="col" className={t.th}>
                  Last grade
                </th>
                <th scope="col" className={t.th}>
                  Last reviewed
                </th>
              </tr>
            </thead>
            <tbody className={t.body}>
              {cards.map((c) => {
                const last = c.reviews.at(-1);
                return (
                  <tr key={c.cardId}>
                    <th scope="row" className={`${t.rowHeader} font-normal`}>
                      {c.front}
                    </th>
                    <td className={`${t.cell} tabular-nums`}>{c.reviews.length}</td>
                    <td className={t.cell}>
                      {last
                        ? (RATING_LABELS[last.rating as keyof typeof RATING_LABELS] ?? last.rating)
                        : "Not reviewed"}
                    </td>
                    <td className={`${t.cell} whitespace-nowrap`}>
                      {last ? formatDateTime(last.review, tz) : "–"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroller>
      ) : attempts.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">
          {learner.name} has not started this assignment yet.
        </p>
      ) : (
        <div className="space-y-12">
          {attempts.map((attempt, n) => {
            const headingId = `attempt-${n + 1}`;
            return (
              <section key={attempt.id} aria-labelledby={headingId} className="space-y-4">
                <div className="space-y-1">
                  <h2
                    id={headingId}
                    className="flex flex-wrap items-center gap-2 text-xl font-semibold"
                  >
                    Attempt {n + 1}
                    {attempt.status === "IN_PROGRESS" ? (
                      <Badge tone="brand">In progress</Badge>
                    ) : null}
                    {attempt.late ? <Badge tone="warning">Late</Badge> : null}
                    {attempt.status === "SUBMITTED" && !attempt.counted ? (
                      <Badge>Not counted</Badge>
                    ) : null}
                  </h2>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    Started {formatDateTime(attempt.startedAt, tz)}
                    {attempt.submittedAt ? (
                      <>
                        {" "}
                        · submitted {formatDateTime(attempt.submittedAt, tz)} · took{" "}
                        {formatDuration(
                          (attempt.submittedAt.getTime() - attempt.startedAt.getTime()) / 1000,
                        )}
                      </>
                    ) : null}
                    {attempt.score !== null ? (
                      <>
                        {" "}
                        ·{" "}
                        <strong className="text-slate-900 dark:text-slate-100">
                          {formatPercent(attempt.score)}
                        </strong>{" "}
                        ({attempt.correctCount ?? 0} of {attempt.questions} correct)
                      </>
                    ) : null}
                  </p>
                </div>
                {attempt.status === "IN_PROGRESS" ? (
                  <p className="text-slate-600 dark:text-slate-400">
                    The answers appear here once the attempt is submitted.
                  </p>
                ) : (
                  <div className="space-y-4">
                    {attempt.items.map((item) => (
                      <AnswerReview
                        key={item.position}
                        question={item.question}
                        response={item.response}
                        score={item.score}
                        correct={item.correct}
                        detail={item.detail}
                        position={item.position}
                        headingLevel={3}
                        viewer={{ kind: "instructor", learnerName: learner.name }}
                      />
                    ))}
                  </div>
                )}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
