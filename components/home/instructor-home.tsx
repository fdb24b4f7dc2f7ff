import { Link } from "@/components/ui/link";
import { plural } from "@/components/progress/plural";
import { cx } from "@/components/ui/cx";
import { buttonStyles, cardStyles, linkStyles } from "@/components/ui/styles";
import type { InstructorHome as InstructorHomeData } from "@/lib/domain/classes/instructor-home";
import { formatDateTime } from "@/lib/domain/format/format";

const mutedStyles = "text-slate-600 dark:text-slate-400";

/** An instructor's home: quick actions, their classes, open assignments, who needs attention. */
export function InstructorHome({ data, timeZone }: { data: InstructorHomeData; timeZone: string }) {
  const { classes, archivedClasses, openAssignments, attention, attentionTotal } = data;
  return (
    <div className="space-y-6">
      <nav aria-label="Quick actions" className="flex flex-wrap gap-3">
        <Link href="/classes#create-class-heading" className={buttonStyles.primary}>
          Create a class
        </Link>
        <Link href="/sets/new" className={buttonStyles.secondary}>
          New set
        </Link>
        <Link href="/sets" className={buttonStyles.ghost}>
          Your sets
        </Link>
      </nav>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <section aria-labelledby="home-attention-heading" className={cardStyles}>
          <h2 id="home-attention-heading" className="text-lg font-semibold">
            Needs attention
          </h2>
          {attention.length === 0 ? (
            <p className={cx("mt-2 text-sm", mutedStyles)}>
              Nobody is late and no score is low on the work of the last 30 days.
            </p>
          ) : (
            <>
              <ul className="mt-3 divide-y divide-slate-200 text-sm dark:divide-slate-800">
                {attention.map((item) => (
                  <li
                    key={`${item.assignmentId}:${item.learnerId}`}
                    className="flex flex-wrap items-baseline justify-between gap-2 py-2"
                  >
                    <span>
                      <Link
                        href={`/assignments/${item.assignmentId}/results/${item.learnerId}`}
                        className={linkStyles}
                      >
                        {item.learnerName}
                      </Link>
                      <span className={mutedStyles}>
                        {" "}
                        · {item.setName} · {item.className}
                      </span>
                    </span>
                    <span
                      className={
                        item.reason === "late"
                          ? "font-medium text-red-700 dark:text-red-400"
                          : "font-medium text-amber-800 dark:text-amber-300"
                      }
                    >
                      {item.reason === "late"
                        ? "Late: not handed in"
                        : `Low score: ${Math.round((item.score ?? 0) * 100)}%`}
                    </span>
                  </li>
                ))}
              </ul>
              {attentionTotal > attention.length ? (
                <p className={cx("mt-2 text-sm", mutedStyles)}>
                  And {attentionTotal - attention.length} more on your class pages.
                </p>
              ) : null}
            </>
          )}
        </section>
        <section aria-labelledby="home-open-heading" className={cardStyles}>
          <h2 id="home-open-heading" className="text-lg font-semibold">
            Open assignments
          </h2>
          {openAssignments.length === 0 ? (
            <p className={cx("mt-2 text-sm", mutedStyles)}>
              No assignment is open now. Assign a set from a class page.
            </p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 text-sm dark:divide-slate-800">
              {openAssignments.map((a) => (
                <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <span>
                    <Link href={`/assignments/${a.id}/results`} className={linkStyles}>
                      {a.setName}
                    </Link>
                    <span className={mutedStyles}> · {a.className}</span>
                  </span>
                  <span className={mutedStyles}>
                    {a.done} of {a.learners} done · due {formatDateTime(a.dueAt, timeZone)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="home-classes-heading" className={cardStyles}>
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="home-classes-heading" className="text-lg font-semibold">
            Your classes
          </h2>
          <Link href="/classes" className={cx("text-sm", linkStyles)}>
            All classes
          </Link>
        </div>
        {classes.length === 0 && archivedClasses > 0 ? (
          <p className={cx("mt-2 text-sm", mutedStyles)}>
            {archivedClasses === 1
              ? "Your only class is archived. "
              : `All ${archivedClasses} of your classes are archived. `}
            <Link href="/classes" className={linkStyles}>
              See your archived classes
            </Link>{" "}
            to restore one, or create a new class.
          </p>
        ) : classes.length === 0 ? (
          <p className={cx("mt-2 text-sm", mutedStyles)}>
            No classes yet. Create one, then share its join code with your learners.
          </p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {classes.map((c) => (
              <li
                key={c.id}
                className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              >
                <Link href={`/classes/${c.id}`} className={linkStyles}>
                  {c.name}
                </Link>
                <p className={cx("mt-1 text-sm", mutedStyles)}>
                  {plural(c.learners, "learner")} · {plural(c.openAssignments, "open assignment")}
                </p>
                <Link
                  href={`/classes/${c.id}/gradebook`}
                  className={cx("mt-1 inline-block text-sm", linkStyles)}
                >
                  {/* Named by its list item: the class's name here would make "Demo class"
                      match two links. */}
                  Gradebook
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
