import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AssignSetForm } from "@/components/classes/assign-set-form";
import { Badge } from "@/components/classes/badge";
import { ConfirmActionButton } from "@/components/classes/confirm-action-button";
import { CopyJoinLink } from "@/components/classes/copy-join-link";
import { EmailAddress } from "@/components/classes/email-address";
import { ExportLinks } from "@/components/interop/export-links";
import { EditClassForm } from "@/components/classes/edit-class-form";
import { tableStyles as t } from "@/components/classes/table-styles";
import { Alert } from "@/components/ui/alert";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { TableScroller } from "@/components/ui/table-scroller";
import { deletedLearnersNotice } from "@/lib/domain/classes/deleted-learners";
import { setOptionLabels } from "@/lib/domain/classes/set-option-labels";
import { toLocalDateTime } from "@/lib/domain/time/zoned-time";
import { formatDateTime } from "@/lib/domain/format/format";
import { requireUser } from "@/lib/server/auth/session";
import { getClassForInstructor } from "@/lib/server/classes/get-class-for-instructor";
import { listAssignmentsForInstructor } from "@/lib/server/classes/list-assignments-for-instructor";
import { listSets } from "@/lib/server/classes/list-sets";
import { cx } from "@/components/ui/cx";

export const metadata: Metadata = { title: "Class" };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The site's own origin as the browser reached it, for a join link that can be pasted anywhere. */
async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto =
    h.get("x-forwarded-proto") ??
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto.split(",")[0]}://${host.split(",")[0]}`;
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser(`/classes/${classId}`);
  const caller = { id: user.id, role: user.role };
  const result = await getClassForInstructor(caller, classId);
  if (!result.ok) notFound();
  const cls = result.data;
  const [assignmentsResult, setsResult, origin] = await Promise.all([
    listAssignmentsForInstructor(caller, classId),
    listSets(caller),
    siteOrigin(),
  ]);
  const assignments = assignmentsResult.ok ? assignmentsResult.data : [];
  const sets = setsResult.ok ? setsResult.data : [];
  const archived = cls.archivedAt !== null;
  const now = new Date();
  const tz = user.timeZone;
  // Defaults: open now, due a week from today at 17:00, both in the instructor's zone.
  const defaultOpensAt = toLocalDateTime(now, tz);
  const dueDay = toLocalDateTime(new Date(now.getTime() + 7 * DAY_MS), tz).slice(0, 10);
  const defaultDueAt = `${dueDay}T17:00`;
  const setLabels = setOptionLabels(sets, tz);
  const deletedNotice = deletedLearnersNotice(cls.deletedLearners, (d) => formatDateTime(d, tz));

  return (
    <>
      <Breadcrumb trail={[{ href: "/classes", label: "Classes" }]} current={cls.name} />

      <header className="mb-8 space-y-4">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <h1
              className={cx(
                "flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight",
                "sm:text-3xl",
              )}
            >
              {cls.name}
              {archived ? <Badge>Archived</Badge> : null}
            </h1>
            {cls.description ? (
              <p className="mt-2 max-w-2xl whitespace-pre-line text-slate-600 dark:text-slate-400">
                {cls.description}
              </p>
            ) : null}
            <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
              {cls.memberCount} {cls.memberCount === 1 ? "learner" : "learners"} · created{" "}
              {formatDateTime(cls.createdAt, tz)}
            </p>
          </div>
          <div className="flex flex-wrap items-start gap-2">
            {archived ? (
              <ConfirmActionButton
                url={`/api/classes/${cls.id}/archive`}
                method="PUT"
                body={{ archived: false }}
                label="Restore class"
              />
            ) : (
              <ConfirmActionButton
                url={`/api/classes/${cls.id}/archive`}
                method="PUT"
                body={{ archived: true }}
                label="Archive class"
                tone="danger"
                confirmMessage={
                  `Archive ${cls.name}? Nobody can join it, no work can be assigned, ` +
                  `and learners can no longer start its assignments. ` +
                  `Results are kept and you can restore it later.`
                }
              />
            )}
          </div>
        </div>
        <EditClassForm classId={cls.id} name={cls.name} description={cls.description} />
        {archived ? (
          <Alert>
            This class was archived on {formatDateTime(cls.archivedAt!, tz)}. Nobody can join it, no
            work can be assigned to it and its learners can no longer start its assignments. Its
            results stay below. Restore it to use it again.
          </Alert>
        ) : null}
      </header>

      <div className="space-y-10">
        {archived ? null : (
          <section aria-labelledby="join-heading" className={`${cardStyles} space-y-4`}>
            <h2 id="join-heading" className="text-lg font-semibold">
              Invite learners
            </h2>
            <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
              <dl>
                <dt className="text-sm text-slate-600 dark:text-slate-400">Join code</dt>
                <dd
                  className="font-mono text-4xl font-bold tracking-widest sm:text-5xl"
                  data-testid="join-code"
                >
                  {cls.joinCodeDisplay}
                </dd>
              </dl>
              <ConfirmActionButton
                url={`/api/classes/${cls.id}/join-code`}
                method="POST"
                label="Rotate code"
                confirmMessage={
                  "Make a new join code? The current code and link stop working at once; " +
                  "learners already in the class stay in it."
                }
              />
            </div>
            <CopyJoinLink url={`${origin}${cls.joinPath}`} />
          </section>
        )}

        <section aria-labelledby="assignments-heading" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="assignments-heading" className="text-xl font-semibold">
              Assignments
            </h2>
            {assignments.length ? (
              <Link href={`/classes/${cls.id}/gradebook`} className={buttonStyles.secondary}>
                Gradebook
                <span className="sr-only">: every learner on every assignment</span>
              </Link>
            ) : null}
          </div>
          {assignments.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">Nothing assigned yet.</p>
          ) : (
            <div className="space-y-2">
              {/* Above the scroller, not in the caption, which scrolls away with the table. */}
              <p id="assignments-note" className="text-sm text-slate-600 dark:text-slate-400">
                Times in your time zone, {tz}.
              </p>
              <TableScroller label={`Assignments of ${cls.name}`} frame={t.frame}>
                <table className={t.table} aria-describedby="assignments-note">
                  <caption className="sr-only">Assignments of {cls.name}</caption>
                  <thead className={t.head}>
                    <tr>
                      <th scope="col" className={t.th}>
                        Set
                      </th>
                      <th scope="col" className={t.th}>
                        Type
                      </th>
                      <th scope="col" className={t.th}>
                        Opens
                      </th>
                      <th scope="col" className={t.th}>
                        Due
                      </th>
                      <th scope="col" className={t.th}>
                        Attempts
                      </th>
                      <th scope="col" className={t.th}>
                        Done
                      </th>
                      <th scope="col" className={t.th}>
                        <span className="sr-only">Results</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody className={t.body}>
                    {assignments.map((a) => (
                      <tr key={a.id}>
                        <th scope="row" className={t.rowHeader}>
                          {a.set.name}
                          {/* A block of its own: inline-flex links run on from the name. */}
                          <span className="mt-1 block font-normal">
                            <ExportLinks
                              href={`/api/sets/${a.set.id}/export`}
                              kind={a.set.kind === "quiz" ? "questions" : "cards"}
                              what={a.set.name}
                            />
                          </span>
                        </th>
                        <td className={t.cell}>{a.set.kind === "quiz" ? "Quiz" : "Flashcards"}</td>
                        <td className={`${t.cell} whitespace-nowrap`}>
                          {formatDateTime(a.opensAt, tz)}
                        </td>
                        <td className={`${t.cell} whitespace-nowrap`}>
                          {formatDateTime(a.dueAt, tz)}
                          {a.lateCounts ? (
                            <span className="block text-xs text-slate-500 dark:text-slate-400">
                              late work counts
                            </span>
                          ) : null}
                        </td>
                        <td className={t.cell}>
                          {a.set.kind === "flashcards" ? "–" : (a.attemptsAllowed ?? "Unlimited")}
                        </td>
                        <td className={`${t.cell} tabular-nums`}>
                          {a.submitted !== null
                            ? `${a.submitted} of ${a.members} submitted`
                            : `${a.reviewedAll ?? 0} of ${a.members} reviewed every card`}
                        </td>
                        <td className={`${t.cell} text-right`}>
                          <Link href={`/assignments/${a.id}/results`} className={t.link}>
                            Results<span className="sr-only"> for {a.set.name}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroller>
            </div>
          )}
          {assignments.length && !archived ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              To change an assignment&apos;s dates, attempts or late rule, or to remove it, open its
              results.
            </p>
          ) : null}
          {archived ? null : (
            <div className={`${cardStyles} max-w-2xl`}>
              <AssignSetForm
                classId={cls.id}
                sets={sets.map((s) => ({
                  id: s.id,
                  name: s.name,
                  kind: s.kind,
                  label: setLabels.get(s.id)!,
                }))}
                timeZone={tz}
                defaultOpensAt={defaultOpensAt}
                defaultDueAt={defaultDueAt}
              />
            </div>
          )}
        </section>

        <section aria-labelledby="roster-heading" className="space-y-4">
          <h2 id="roster-heading" className="text-xl font-semibold">
            Learners
          </h2>
          {deletedNotice ? <Alert tone="info">{deletedNotice}</Alert> : null}
          {cls.roster.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">
              {archived
                ? "No learners in this class."
                : "Nobody has joined yet. Share the join code or link above."}
            </p>
          ) : (
            <TableScroller label={`Learners in ${cls.name}`} frame={t.frame}>
              <table className={t.table}>
                <caption className="sr-only">Learners in {cls.name}</caption>
                <thead className={t.head}>
                  <tr>
                    <th scope="col" className={t.th}>
                      Name
                    </th>
                    <th scope="col" className={t.th}>
                      Email
                    </th>
                    <th scope="col" className={t.th}>
                      Joined
                    </th>
                    <th scope="col" className={t.th}>
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody className={t.body}>
                  {cls.roster.map((m) => (
                    <tr key={m.userId}>
                      <th scope="row" className={t.rowHeader}>
                        {m.name}
                      </th>
                      <td className={t.cell}>
                        {m.email ? (
                          <EmailAddress email={m.email} />
                        ) : (
                          <span className="text-slate-500 dark:text-slate-400">
                            Account deleted
                          </span>
                        )}
                      </td>
                      <td className={`${t.cell} whitespace-nowrap`}>
                        {formatDateTime(m.joinedAt, tz)}
                      </td>
                      <td className={`${t.cell} text-right`}>
                        <ConfirmActionButton
                          url={`/api/classes/${cls.id}/members/${m.userId}`}
                          method="DELETE"
                          label="Remove"
                          srLabel={m.name}
                          tone="danger"
                          confirmMessage={
                            `Remove ${m.name} from ${cls.name}? ` +
                            `They drop out of this class's results; ` +
                            `their own attempts are kept. ` +
                            `They can join again with the current code.`
                          }
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
          )}
        </section>
      </div>
    </>
  );
}
