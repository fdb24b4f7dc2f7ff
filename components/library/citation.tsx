import type { SourceCitation } from "@/lib/domain/questions/types";
import { cx } from "@/components/ui/cx";

/** Where a fact comes from: the source and paragraph, with the passage one click away. */
export function Citation({ citation }: { citation: SourceCitation }) {
  const where = citation.paragraph ? `paragraph ${citation.paragraph}` : null;
  return (
    <div className="text-xs text-slate-500 dark:text-slate-400">
      {citation.beyondSource ? (
        <span
          className={cx(
            "mr-2 inline-block rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900",
            "dark:bg-amber-900/40 dark:text-amber-200",
          )}
        >
          Beyond the source document
        </span>
      ) : null}
      <span>
        Source:{" "}
        {citation.url ? (
          <a
            href={citation.url}
            className="underline hover:text-slate-700 dark:hover:text-slate-200"
            rel="noreferrer"
            target="_blank"
          >
            {citation.title}
          </a>
        ) : (
          citation.title
        )}{" "}
        ({citation.publisher}){where ? `, ${where}` : ""}
      </span>
      {citation.passage ? (
        <details className="mt-1">
          <summary
            className={cx(
              "cursor-pointer select-none hover:text-slate-700",
              "dark:hover:text-slate-200",
            )}
          >
            Show the passage
          </summary>
          <blockquote
            className={cx(
              "mt-1 border-l-2 border-slate-300 pl-3 italic text-slate-600",
              "dark:border-slate-600 dark:text-slate-300",
            )}
          >
            {citation.passage}
          </blockquote>
        </details>
      ) : null}
    </div>
  );
}
