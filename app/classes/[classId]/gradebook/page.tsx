import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { AssignmentStatusBadge } from "@/components/classes/assignment-status-badge";
import { EmailAddress } from "@/components/classes/email-address";
import { ASSIGNMENT_STATUS_LABELS } from "@/components/classes/assignment-status-labels";
import { tableStyles as t } from "@/components/classes/table-styles";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/styles";
import { TableScroller } from "@/components/ui/table-scroller";
import { formatDateTime, formatPercent, formatScore } from "@/lib/domain/format/format";
import { requireUser } from "@/lib/server/auth/session";
import { getClassGradebook, type GradebookEntry } from "@/lib/server/classes/get-class-gradebook";

export const metadata: Metadata = { title: "Gradebook" };

/** A quiz's best score, or a flashcard set's cards reviewed, with the status unless done. */
function Entry({ entry }: { entry: GradebookEntry }) {
  return (
    <>
      <span className="font-semibold tabular-nums">
        {entry.cards
          ? `${entry.cards.reviewed} of ${entry.cards.total}`
          : formatScore(entry.bestScore)}
      </span>
      {entry.status === "done" ? null : (
        <span className="block pt-1">
          <AssignmentStatusBadge status={entry.status} />
        </span>
      )}
    </>
  );
}

export default async function GradebookPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser(`/classes/${classId}/gradebook`);
  const result = await getClassGradebook({ id: user.id, role: user.role }, classId);
  if (!result.ok) notFound();
  const { class: cls, assignments, rows } = result.data;
  const tz = user.timeZone;
  // The learner's column stays in view while the assignments scroll sideways, ruled off from
  // them (it hides the scroller's left-edge shade) by a line of its own: a collapsed table's
  // border stays behind when its cell sticks, and Chromium paints no shadow on such a cell.
  const sticky = cx(
    "sticky left-0 z-10 min-w-40 bg-white",
    "after:absolute after:inset-y-0 after:right-0 after:w-px after:bg-slate-200",
    "dark:bg-slate-900 dark:after:bg-slate-800",
  );

  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/classes", label: "Classes" },
          { href: `/classes/${cls.id}`, label: cls.name },
        ]}
        current="Gradebook"
      />
      <PageHeader
        title={`${cls.name}: gradebook`}
        description={
          "Every learner on every assignment: the best score of a quiz (over the attempts that " +
          "count) or the cards reviewed of a flashcard set, and the status when not done. " +
          "The figures are those of each assignment's results page."
        }
        actions={
          assignments.length && rows.length ? (
            <a
              href={`/api/classes/${cls.id}/export/gradebook`}
              download
              className={buttonStyles.secondary}
            >
              Download gradebook (CSV)
            </a>
          ) : null
        }
      />
      {assignments.length === 0 || rows.length === 0 ? (
        <EmptyState
          title={assignments.length === 0 ? "Nothing assigned yet" : "No learners yet"}
          action={
            <Link href={`/classes/${cls.id}`} className={buttonStyles.primary}>
              Back to {cls.name}
            </Link>
          }
        >
          {assignments.length === 0
            ? "Assign a set from the class page: each assignment becomes a column here."
            : "Share the class's join code: each learner who joins becomes a row here."}
        </EmptyState>
      ) : (
        <div className="space-y-2">
          {/* Above the scroller, not its table's caption: a caption scrolls sideways with the
              table, and on a phone it was cut off at the screen's edge. */}
          <p id="gradebook-note" className="text-sm text-slate-600 dark:text-slate-400">
            Due dates in your time zone, {tz}. Each figure links to the learner&apos;s work.
          </p>
          <TableScroller label={`Gradebook of ${cls.name}`} frame={t.frame}>
            <table className={t.table} aria-describedby="gradebook-note">
              <caption className="sr-only">Gradebook of {cls.name}</caption>
              <thead className={t.head}>
                <tr>
                  <th scope="col" className={cx(t.th, sticky)}>
                    Learner
                  </th>
                  {assignments.map((a) => (
                    <th key={a.id} scope="col" className={cx(t.th, "align-bottom")}>
                      <Link href={`/assignments/${a.id}/results`} className={t.link}>
                        {a.set.name}
                      </Link>
                      <span className="block text-xs font-normal">
                        {a.set.kind === "quiz" ? "Quiz" : "Flashcards"} · due{" "}
                        {formatDateTime(a.dueAt, tz)}
                      </span>
                    </th>
                  ))}
                  <th scope="col" className={cx(t.th, "align-bottom")}>
                    Done
                  </th>
                  <th scope="col" className={cx(t.th, "align-bottom")}>
                    Mean best score
                  </th>
                </tr>
              </thead>
              <tbody className={t.body}>
                {rows.map((r) => (
                  <tr key={r.userId}>
                    <th scope="row" className={cx(t.rowHeader, sticky)}>
                      {r.name}
                      <span
                        className={cx(
                          "block text-xs font-normal",
                          "text-slate-500 dark:text-slate-400",
                        )}
                      >
                        {r.email ? <EmailAddress email={r.email} /> : "Account deleted"}
                      </span>
                    </th>
                    {r.entries.map((entry, i) => (
                      <td key={assignments[i]!.id} className={t.cell}>
                        <Link
                          href={`/assignments/${assignments[i]!.id}/results/${r.userId}`}
                          className="block rounded hover:bg-slate-100 dark:hover:bg-slate-800"
                          aria-label={`${r.name}, ${assignments[i]!.set.name}: ${describe(entry)}`}
                        >
                          <Entry entry={entry} />
                        </Link>
                      </td>
                    ))}
                    <td className={`${t.cell} whitespace-nowrap tabular-nums`}>
                      {r.totals.done} of {r.totals.opened}
                    </td>
                    <td className={`${t.cell} font-semibold tabular-nums`}>
                      {formatScore(r.totals.meanBestScore)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t-2 border-slate-200 dark:border-slate-700">
                <tr>
                  <th scope="row" className={cx(t.rowHeader, sticky)}>
                    Class mean
                  </th>
                  {assignments.map((a) => (
                    <td key={a.id} className={`${t.cell} font-semibold tabular-nums`}>
                      {a.set.kind === "quiz" ? formatScore(a.meanBestScore) : ""}
                    </td>
                  ))}
                  <td className={t.cell} />
                  <td className={t.cell} />
                </tr>
              </tfoot>
            </table>
          </TableScroller>
        </div>
      )}
    </>
  );
}

/** The cell as one phrase for its link's accessible name. */
function describe(entry: GradebookEntry): string {
  const figure = entry.cards
    ? `${entry.cards.reviewed} of ${entry.cards.total} cards reviewed`
    : entry.bestScore === null
      ? "no score"
      : `best score ${formatPercent(entry.bestScore)}`;
  return `${figure}, ${ASSIGNMENT_STATUS_LABELS[entry.status].toLowerCase()}`;
}
