import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Link } from "@/components/ui/link";
import { tableStyles as t } from "@/components/classes/table-styles";
import { ExportLinks } from "@/components/interop/export-links";
import { ImportFileForm } from "@/components/interop/import-file-form";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroller } from "@/components/ui/table-scroller";
import { buttonStyles } from "@/components/ui/styles";
import { formatDateTime } from "@/lib/domain/format/format";
import { requireUser } from "@/lib/server/auth/session";
import { listSets } from "@/lib/server/classes/list-sets";
import type { SetSummary } from "@/lib/server/classes/set-summary";

export const metadata: Metadata = { title: "Sets" };

function describeSize(set: SetSummary): string {
  if (set.kind === "flashcards") return `${set.size} ${set.size === 1 ? "card" : "cards"}`;
  return `${set.size} questions${set.drawPerLearner ? ", drawn for each learner" : ""}`;
}

function describeMode(set: SetSummary): string {
  if (set.kind === "flashcards") return "Flashcards";
  if (set.mode === "exam")
    return set.timeLimitMinutes ? `Quiz: exam, ${set.timeLimitMinutes} min` : "Quiz: exam";
  return "Quiz: practice";
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SetsPage({ searchParams }: Props) {
  // Set after a set is deleted from its page (components/classes/delete-set-button.tsx).
  const deleted = (await searchParams).deleted === "1";
  // Set after a new set is saved from its builder (quiz-set-builder.tsx and the flashcard one).
  const created = (await searchParams).created === "1";
  const user = await requireUser("/sets");
  const result = await listSets({ id: user.id, role: user.role });
  const actions = (
    <>
      <Link href="/sets/new?kind=quiz" className={buttonStyles.primary}>
        New quiz set
      </Link>
      <Link href="/sets/new?kind=flashcards" className={buttonStyles.secondary}>
        New flashcard set
      </Link>
    </>
  );

  if (!result.ok) {
    return (
      <>
        <PageHeader title="Sets" />
        <Alert tone="error">{result.error}</Alert>
      </>
    );
  }
  const sets = result.data;

  return (
    <>
      <Breadcrumb trail={[{ href: "/classes", label: "Classes" }]} current="Sets" />
      <PageHeader
        title="Sets"
        description={
          "Quiz and flashcard sets you can assign to your classes. A set can change until a " +
          "learner starts it; from then on only its name can (and a flashcard set can take " +
          "new cards of your own), so every class gets the same work."
        }
        actions={actions}
      />
      {deleted ? (
        <div className="mb-4">
          <Alert tone="success">Set deleted.</Alert>
        </div>
      ) : null}
      {created ? (
        <div className="mb-4">
          <Alert tone="success">Set saved. Assign it to a class from the class&apos;s page.</Alert>
        </div>
      ) : null}
      {sets.length === 0 ? (
        <EmptyState
          title="No sets yet"
          action={<div className="flex flex-wrap justify-center gap-2">{actions}</div>}
        >
          Build a quiz set (chosen questions, or a fresh draw for each learner) or a flashcard set,
          then assign it from a class page.
        </EmptyState>
      ) : (
        <TableScroller label="Your sets" frame={t.frame}>
          <table className={t.table}>
            <caption className={t.caption}>Your sets</caption>
            <thead className={t.head}>
              <tr>
                <th scope="col" className={t.th}>
                  Name
                </th>
                <th scope="col" className={t.th}>
                  Type
                </th>
                <th scope="col" className={t.th}>
                  Size
                </th>
                <th scope="col" className={t.th}>
                  Assigned
                </th>
                <th scope="col" className={t.th}>
                  Created
                </th>
                <th scope="col" className={t.th}>
                  Export and import
                </th>
              </tr>
            </thead>
            <tbody className={t.body}>
              {sets.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className={t.rowHeader}>
                    <Link href={`/sets/${encodeURIComponent(s.id)}`} className={t.link}>
                      {s.name}
                    </Link>
                  </th>
                  <td className={t.cell}>{describeMode(s)}</td>
                  <td className={t.cell}>{describeSize(s)}</td>
                  <td className={`${t.cell} tabular-nums`}>
                    {s.assignmentCount} {s.assignmentCount === 1 ? "time" : "times"}
                  </td>
                  <td className={`${t.cell} whitespace-nowrap`}>
                    {formatDateTime(s.createdAt, user.timeZone)}
                  </td>
                  <td className={t.cell}>
                    <ExportLinks
                      href={`/api/sets/${s.id}/export`}
                      kind={s.kind === "quiz" ? "questions" : "cards"}
                      what={s.name}
                    />
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm">
                        Import<span className="sr-only"> into {s.name}</span>
                      </summary>
                      <ImportFileForm
                        setId={s.id}
                        setName={s.name}
                        kind={s.kind === "quiz" ? "questions" : "cards"}
                      />
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        The whole question bank, for Moodle:{" "}
        <ExportLinks href="/api/question-bank/export" kind="questions" what="the question bank" />
      </p>
    </>
  );
}
