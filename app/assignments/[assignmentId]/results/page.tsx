import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AssignmentStatusBadge } from "@/components/classes/assignment-status-badge";
import { ASSIGNMENT_STATUS_LABELS } from "@/components/classes/assignment-status-labels";
import { ConfirmActionButton } from "@/components/classes/confirm-action-button";
import { EditAssignmentForm } from "@/components/classes/edit-assignment-form";
import { EmailAddress } from "@/components/classes/email-address";
import { ItemAnalysisTable } from "@/components/classes/item-analysis-table";
import { tableStyles as t } from "@/components/classes/table-styles";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroller } from "@/components/ui/table-scroller";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { dueNowRefusal } from "@/lib/domain/classes/assignment-dates";
import type { AssignmentStatus } from "@/lib/domain/classes/assignment-status";
import { formatDateTime, formatDuration, formatScore } from "@/lib/domain/format/format";
import { toLocalDateTime } from "@/lib/domain/time/zoned-time";
import { requireUser } from "@/lib/server/auth/session";
import { getAssignmentResults } from "@/lib/server/classes/get-assignment-results";
import { getItemAnalysis } from "@/lib/server/classes/get-item-analysis";

export const metadata: Metadata = { title: "Assignment results" };

const STATUS_ORDER: AssignmentStatus[] = ["done", "done-late", "to-do", "late", "upcoming"];

export default async function AssignmentResultsPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const user = await requireUser(`/assignments/${assignmentId}/results`);
  const caller = { id: user.id, role: user.role };
  const result = await getAssignmentResults(caller, assignmentId);
  if (!result.ok) notFound();
  const { assignment, roster, counts, meanBestScore } = result.data;
  const quiz = assignment.set.kind === "quiz";
  const analysis = quiz ? await getItemAnalysis(caller, assignmentId) : null;
  const tz = user.timeZone;
  const now = new Date();
  const exportBase = `/api/assignments/${assignment.id}/export`;
  const allowed = assignment.attemptsAllowed;
  const attempts =
    allowed === null
      ? "unlimited attempts"
      : `${allowed} ${allowed === 1 ? "attempt" : "attempts"}`;

  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/classes", label: "Classes" },
          { href: `/classes/${assignment.classId}`, label: assignment.className },
        ]}
        current={assignment.set.name}
      />
      <PageHeader
        title={`${assignment.set.name}: results`}
        description={
          <>
            {assignment.className} · {quiz ? "quiz" : "flashcards"} · opens{" "}
            {formatDateTime(assignment.opensAt, tz)} · due {formatDateTime(assignment.dueAt, tz)} (
            {tz}){quiz ? ` · ${attempts}` : ""}
            {assignment.lateCounts ? " · late work counts" : " · late work does not count"}
          </>
        }
        actions={
          <>
            <a href={`${exportBase}/gradebook`} download className={buttonStyles.secondary}>
              Download gradebook (CSV)
            </a>
            {quiz ? (
              <a href={`${exportBase}/item-analysis`} download className={buttonStyles.secondary}>
                Download item analysis (CSV)
              </a>
            ) : null}
          </>
        }
      />

      {/* An archived class's assignments stay as they were (restore the class to change them). */}
      {assignment.classArchived ? null : (
        <div className="mb-8">
          <EditAssignmentForm
            assignmentId={assignment.id}
            kind={assignment.set.kind}
            timeZone={tz}
            opensAt={toLocalDateTime(assignment.opensAt, tz)}
            dueAt={toLocalDateTime(assignment.dueAt, tz)}
            duePassed={assignment.dueAt <= now}
            attemptsAllowed={assignment.attemptsAllowed}
            lateCounts={assignment.lateCounts}
            actions={
              <>
                {/* Closing early: open and not yet due. */}
                {dueNowRefusal(assignment, now) === null ? (
                  <ConfirmActionButton
                    url={`/api/assignments/${assignment.id}/close`}
                    method="POST"
                    label="Make due now"
                    confirmMessage={
                      `Make ${assignment.set.name} due now? Work submitted from now on is late ` +
                      (assignment.lateCounts
                        ? "(late work counts, as set)"
                        : "and does not count (late work does not count, as set)") +
                      ", attempts under way included; work already submitted stays on time. " +
                      "You can set a later due date again with Edit assignment."
                    }
                  />
                ) : null}
                <ConfirmActionButton
                  url={`/api/assignments/${assignment.id}`}
                  method="DELETE"
                  label="Remove assignment"
                  tone="danger"
                  redirectTo={`/classes/${assignment.classId}`}
                  confirmMessage={
                    `Remove ${assignment.set.name} from ${assignment.className}? Its learners ` +
                    `no longer see it, and the set stays in your sets. An assignment learners ` +
                    `have started cannot be removed: change its dates instead.`
                  }
                />
              </>
            }
          />
        </div>
      )}

      <div className="space-y-10">
        <section aria-labelledby="summary-heading" className={cardStyles}>
          <h2 id="summary-heading" className="sr-only">
            Summary
          </h2>
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
            {STATUS_ORDER.map((status) => (
              <div key={status}>
                <dt className="text-sm text-slate-500 dark:text-slate-400">
                  {ASSIGNMENT_STATUS_LABELS[status]}
                </dt>
                <dd className="text-2xl font-semibold tabular-nums">{counts[status]}</dd>
              </div>
            ))}
            {quiz ? (
              <div>
                <dt className="text-sm text-slate-500 dark:text-slate-400">Mean best score</dt>
                <dd className="text-2xl font-semibold tabular-nums">
                  {formatScore(meanBestScore)}
                </dd>
              </div>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="roster-heading" className="space-y-3">
          <h2 id="roster-heading" className="text-xl font-semibold">
            Learners
          </h2>
          {roster.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">Nobody is in this class yet.</p>
          ) : (
            <TableScroller label="Results by learner" frame={t.frame}>
              <table className={t.table}>
                <caption className={t.caption}>Results by learner</caption>
                <thead className={t.head}>
                  <tr>
                    <th scope="col" className={t.th}>
                      Learner
                    </th>
                    <th scope="col" className={t.th}>
                      Status
                    </th>
                    {quiz ? (
                      <>
                        <th scope="col" className={t.th}>
                          Best score
                        </th>
                        <th scope="col" className={t.th}>
                          Last score
                        </th>
                        <th scope="col" className={t.th}>
                          Attempts
                        </th>
                      </>
                    ) : (
                      <th scope="col" className={t.th}>
                        Cards reviewed
                      </th>
                    )}
                    <th scope="col" className={t.th}>
                      Time spent
                    </th>
                    <th scope="col" className={t.th}>
                      {quiz ? "Last submitted" : "Completed"}
                    </th>
                  </tr>
                </thead>
                <tbody className={t.body}>
                  {roster.map((r) => (
                    <tr key={r.userId}>
                      <th scope="row" className={t.rowHeader}>
                        <Link
                          href={`/assignments/${assignment.id}/results/${r.userId}`}
                          className={t.link}
                        >
                          {r.name}
                        </Link>
                        <span
                          className={cx(
                            "block text-xs font-normal",
                            "text-slate-500 dark:text-slate-400",
                          )}
                        >
                          {r.email ? <EmailAddress email={r.email} /> : "Account deleted"}
                        </span>
                      </th>
                      <td className={t.cell}>
                        <AssignmentStatusBadge status={r.status} />
                        {r.inProgress ? (
                          <span className="block pt-1 text-xs text-slate-500 dark:text-slate-400">
                            {quiz ? "attempt under way" : "studying"}
                          </span>
                        ) : null}
                      </td>
                      {quiz ? (
                        <>
                          <td className={`${t.cell} font-semibold tabular-nums`}>
                            {formatScore(r.bestScore)}
                          </td>
                          <td className={`${t.cell} tabular-nums`}>{formatScore(r.lastScore)}</td>
                          <td className={`${t.cell} tabular-nums`}>
                            {r.attemptsUsed}
                            {assignment.attemptsAllowed === null
                              ? ""
                              : ` of ${assignment.attemptsAllowed}`}
                            {r.uncountedLateAttempts ? (
                              <span className="block text-xs text-amber-800 dark:text-amber-300">
                                {r.uncountedLateAttempts} late, not counted
                              </span>
                            ) : null}
                          </td>
                        </>
                      ) : (
                        <td className={`${t.cell} tabular-nums`}>
                          {r.cards ? `${r.cards.reviewed} of ${r.cards.total}` : "–"}
                        </td>
                      )}
                      <td className={`${t.cell} whitespace-nowrap tabular-nums`}>
                        {r.timeSpentSeconds ? formatDuration(r.timeSpentSeconds) : "–"}
                      </td>
                      <td className={`${t.cell} whitespace-nowrap`}>
                        {r.lastSubmittedAt ? formatDateTime(r.lastSubmittedAt, tz) : "–"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
          )}
        </section>

        {analysis ? (
          <section aria-labelledby="analysis-heading" className="space-y-3">
            <h2 id="analysis-heading" className="text-xl font-semibold">
              Item analysis
            </h2>
            {analysis.ok ? (
              <ItemAnalysisTable analysis={analysis.data} />
            ) : (
              <Alert tone="error">{analysis.error}</Alert>
            )}
          </section>
        ) : null}
      </div>
    </>
  );
}
