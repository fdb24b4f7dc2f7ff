import { Fragment } from "react";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { FactSearchForm, FactSearchResults } from "@/components/library/fact-search";
import { KindBadge } from "@/components/library/kind-badge";
import { PageHeader } from "@/components/ui/page-header";
import { cardStyles, linkStyles } from "@/components/ui/styles";
import { countQuizQuestions, quizQuestionCountLabel } from "@/lib/domain/quiz/count-quiz-questions";
import { SEARCH_MAX_QUERY, searchFacts } from "@/lib/domain/content/search-facts";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { cx } from "@/components/ui/cx";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, SEARCH_MAX_QUERY) ?? "";
  const catalog = getContentCatalog();
  const { pack, index } = catalog;
  const topLevel = pack.programmes.filter((p) => !p.parent);
  const found = query ? searchFacts(pack.programmes, query) : null;
  return (
    <>
      <PageHeader
        title="Library"
        description={
          "NATO's partnership programmes and formats, each fact tied to the " +
          "passage it comes from. Open one to read it, quiz on it or study its " +
          "flashcards."
        }
      />
      <FactSearchForm query={query} />
      {found ? <FactSearchResults query={query} {...found} /> : null}
      <ul className="grid gap-4 md:grid-cols-2" aria-label="Programmes">
        {topLevel.map((programme) => {
          const children = index.childrenOf.get(programme.id) ?? [];
          return (
            <li key={programme.id} className={`${cardStyles} flex flex-col`}>
              <div className="flex flex-wrap items-center gap-2">
                <KindBadge kind={programme.kind} />
                {programme.beyondSource ? (
                  <span
                    className={cx(
                      "rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium",
                      "text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
                    )}
                  >
                    Beyond the source
                  </span>
                ) : null}
              </div>
              <h2 className="mt-2 text-lg font-semibold">
                <Link href={`/library/${programme.id}`} className="hover:underline">
                  {programme.name}
                  {programme.acronym ? (
                    <span className="text-slate-500 dark:text-slate-400">
                      {` (${programme.acronym})`}
                    </span>
                  ) : null}
                </Link>
              </h2>
              <p className="mt-1 flex-1 text-sm text-slate-600 dark:text-slate-400">
                {programme.summary.text}
              </p>
              {children.length ? (
                <p className="mt-3 text-sm">
                  <span className="text-slate-500 dark:text-slate-400">Includes: </span>
                  {children.map((child, i) => (
                    <Fragment key={child.id}>
                      {i ? ", " : null}
                      <Link href={`/library/${child.id}`} className={linkStyles}>
                        {child.name}
                      </Link>
                    </Fragment>
                  ))}
                </p>
              ) : null}
              <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
                {/* One string: one text node in the HTML and in the React payload. */}
                {`${programme.facts.length} facts · ` +
                  quizQuestionCountLabel(countQuizQuestions(catalog, programme))}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
