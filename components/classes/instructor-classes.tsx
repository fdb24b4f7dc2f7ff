import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { cardStyles } from "@/components/ui/styles";
import { TableScroller } from "@/components/ui/table-scroller";
import { formatDateTime } from "@/lib/domain/format/format";
import type { InstructorClassSummary } from "@/lib/server/classes/class-summary";
import { Badge } from "./badge";
import { CreateClassForm } from "./create-class-form";
import { tableStyles as t } from "./table-styles";

/** The instructor's side of /classes: the classes they teach, and a form for another. */
export function InstructorClasses({
  classes,
  timeZone,
}: {
  classes: InstructorClassSummary[];
  timeZone: string;
}) {
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-3">
      <div className="lg:col-span-2">
        {classes.length === 0 ? (
          <EmptyState title="No classes yet">
            Create a class, then share its join code or link with your learners. Build a quiz or
            flashcard set under Sets to assign them work.
          </EmptyState>
        ) : (
          <TableScroller label="Your classes" frame={t.frame}>
            <table className={t.table}>
              <caption className={t.caption}>Your classes</caption>
              <thead className={t.head}>
                <tr>
                  <th scope="col" className={t.th}>
                    Class
                  </th>
                  <th scope="col" className={t.th}>
                    Learners
                  </th>
                  <th scope="col" className={t.th}>
                    Assignments
                  </th>
                  <th scope="col" className={t.th}>
                    Join code
                  </th>
                  <th scope="col" className={t.th}>
                    Created
                  </th>
                </tr>
              </thead>
              <tbody className={t.body}>
                {classes.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className={t.rowHeader}>
                      <span className="flex flex-wrap items-center gap-2">
                        <Link href={`/classes/${c.id}`} className={t.link}>
                          {c.name}
                        </Link>
                        {c.archivedAt ? <Badge>Archived</Badge> : null}
                      </span>
                    </th>
                    <td className={`${t.cell} tabular-nums`}>{c.memberCount}</td>
                    <td className={`${t.cell} tabular-nums`}>{c.assignmentCount}</td>
                    <td className={`${t.cell} font-mono`}>
                      {c.archivedAt ? "–" : c.joinCodeDisplay}
                    </td>
                    <td className={t.cell}>{formatDateTime(c.createdAt, timeZone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </div>
      <div className={`${cardStyles} self-start`}>
        <CreateClassForm />
      </div>
    </div>
  );
}
