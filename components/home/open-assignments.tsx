import { Link } from "@/components/ui/link";
import { cardStyles, linkStyles } from "@/components/ui/styles";
import { formatDateTime } from "@/lib/domain/format/format";

type Item = { id: string; className: string; setName: string; dueAt: Date; late: boolean };

/** The learner's open assignments on the home page: late first, then by due date. */
export function OpenAssignments({ items, timeZone }: { items: Item[]; timeZone: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="home-assignments-heading" className={cardStyles}>
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="home-assignments-heading" className="text-lg font-semibold">
          Open assignments
        </h2>
        <Link href="/assignments" className={`${linkStyles} text-sm`}>
          All assignments
        </Link>
      </div>
      <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
        {items.slice(0, 5).map((item) => (
          <li
            key={item.id}
            className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
          >
            <span>
              <span className="font-medium">{item.setName}</span>
              <span className="text-slate-500 dark:text-slate-400"> · {item.className}</span>
            </span>
            <span
              className={
                item.late
                  ? "font-medium text-red-700 dark:text-red-400"
                  : "text-slate-600 dark:text-slate-400"
              }
            >
              {item.late ? "Late: was due " : "Due "}
              {formatDateTime(item.dueAt, timeZone)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
