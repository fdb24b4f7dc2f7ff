import { Link } from "@/components/ui/link";
import { cx } from "@/components/ui/cx";
import { buttonStyles, cardStyles, inputStyles, linkStyles } from "@/components/ui/styles";
import {
  SEARCH_MAX_QUERY,
  SEARCH_MAX_RESULTS,
  type FactMatch,
} from "@/lib/domain/content/search-facts";

/** The search box: a plain GET form, so it works before (and without) the page's script. */
export function FactSearchForm({ query }: { query: string }) {
  return (
    <form method="get" action="/library" role="search" className="mb-6 flex flex-wrap gap-2">
      <label htmlFor="library-search" className="sr-only">
        Search the facts
      </label>
      <input
        id="library-search"
        type="search"
        name="q"
        defaultValue={query}
        maxLength={SEARCH_MAX_QUERY}
        placeholder="Search the facts, e.g. PfP 1994"
        className={cx(inputStyles, "max-w-md flex-1")}
      />
      <button type="submit" className={buttonStyles.secondary}>
        Search
      </button>
    </form>
  );
}

/** The statement with its matches marked. */
function Marked({ text, marks }: { text: string; marks: FactMatch["marks"] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark
        key={start}
        className="rounded-sm bg-amber-100 px-0.5 dark:bg-amber-900/60 dark:text-amber-50"
      >
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The facts found, each linking to its place on its programme's page. */
export function FactSearchResults({
  query,
  matches,
  total,
}: {
  query: string;
  matches: readonly FactMatch[];
  total: number;
}) {
  return (
    <section aria-labelledby="search-results" className="mb-10 space-y-3">
      <h2 id="search-results" className="text-lg font-semibold" aria-live="polite">
        {total === 0
          ? `No fact mentions “${query}”`
          : `${total} ${total === 1 ? "fact mentions" : "facts mention"} “${query}”` +
            (total > SEARCH_MAX_RESULTS ? `: the first ${SEARCH_MAX_RESULTS}` : "")}
      </h2>
      {total === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Try fewer or shorter words: each word is looked for at the start of a word, in the facts,
          their notes and their programme&apos;s name.{" "}
          <Link href="/library" className={linkStyles}>
            Clear the search
          </Link>
        </p>
      ) : (
        <ol className={`${cardStyles} divide-y divide-slate-200 py-1 dark:divide-slate-800`}>
          {matches.map(({ programme, fact, marks, noteMarks }) => (
            <li key={fact.id} className="py-3">
              <p>
                <Marked text={fact.statement} marks={marks} />
              </p>
              {/* The note is shown when the query found words in it. */}
              {fact.note && noteMarks.length ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  <Marked text={fact.note} marks={noteMarks} />
                </p>
              ) : null}
              <p className="mt-1 text-sm">
                {/* A plain link: a client-side navigation does not move `:target`, which
                    highlights the fact on arrival. */}
                <a href={`/library/${programme.id}#fact-${fact.id}`} className={linkStyles}>
                  {programme.name}
                </a>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
