import { Link } from "@/components/ui/link";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonStyles, cardStyles, linkStyles } from "@/components/ui/styles";
import { formatDateTime } from "@/lib/domain/format/format";
import type { LearnerClass } from "@/lib/server/classes/list-learner-classes";
import { Badge } from "./badge";
import { ConfirmActionButton } from "./confirm-action-button";
import { JoinClassForm } from "./join-class-form";

/** The learner's side of /classes: the classes they are in, and a form to join another. */
export function LearnerClasses({
  classes,
  timeZone,
}: {
  classes: LearnerClass[];
  timeZone: string;
}) {
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-3">
      <section aria-labelledby="my-classes-heading" className="lg:col-span-2">
        <h2 id="my-classes-heading" className="sr-only">
          Your classes
        </h2>
        {classes.length === 0 ? (
          <EmptyState title="You are not in a class yet">
            Ask your instructor for a join code or link, and enter the code here. Your assignments
            then appear on{" "}
            <Link href="/assignments" className={linkStyles}>
              your assignments page
            </Link>
            .
          </EmptyState>
        ) : (
          <ul className="grid gap-4">
            {classes.map((c) => {
              const joined = formatDateTime(c.joinedAt, timeZone);
              return (
                <li
                  key={c.id}
                  className={cx(
                    cardStyles,
                    "flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between",
                  )}
                >
                  <div className="min-w-0">
                    <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                      {c.name}
                      {c.archivedAt ? <Badge>Archived</Badge> : null}
                    </h3>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      Taught by {c.instructorName} · joined {joined} · {c.assignmentCount}{" "}
                      {c.assignmentCount === 1 ? "assignment" : "assignments"}
                    </p>
                    {c.description ? (
                      <p className="mt-2 text-sm whitespace-pre-line">{c.description}</p>
                    ) : null}
                  </div>
                  <ConfirmActionButton
                    url={`/api/classes/${c.id}/membership`}
                    method="DELETE"
                    label="Leave class"
                    srLabel={c.name}
                    tone="danger"
                    confirmMessage={
                      `Leave ${c.name}? Its assignments disappear from your list; ` +
                      `your past attempts are kept. ` +
                      `You can join again with the class's current code.`
                    }
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <div className="space-y-4 self-start">
        <div className={cardStyles}>
          <JoinClassForm />
        </div>
        <Link href="/assignments" className={`${buttonStyles.secondary} w-full`}>
          Your assignments
        </Link>
      </div>
    </div>
  );
}
