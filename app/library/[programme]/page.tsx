import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { AttributeList } from "@/content/schema";
import { Citation } from "@/components/library/citation";
import { KindBadge } from "@/components/library/kind-badge";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { createCitationLookup } from "@/lib/domain/content/cite-fact";
import {
  countQuizQuestions,
  quizOnProgrammeHref,
  quizQuestionCountLabel,
} from "@/lib/domain/quiz/count-quiz-questions";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { cx } from "@/components/ui/cx";

type Props = { params: Promise<{ programme: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { programme } = await params;
  const found = getContentCatalog().index.programmeById.get(programme);
  return { title: found ? found.name : "Page not found" };
}

export default async function ProgrammePage({ params }: Props) {
  const { programme: id } = await params;
  const catalog = getContentCatalog();
  const { index, flashcards } = catalog;
  const programme = index.programmeById.get(id);
  if (!programme) notFound();
  const cite = createCitationLookup(index);
  const parent = programme.parent ? index.programmeById.get(programme.parent) : undefined;
  const children = index.childrenOf.get(programme.id) ?? [];
  const questionCount = countQuizQuestions(catalog, programme);
  const cardCount = flashcards.filter((c) => c.deckId === programme.id).length;
  const lists: [string, AttributeList | undefined][] = [
    ["Aims", programme.aims],
    ["Areas of cooperation", programme.areas],
    ["Who takes part", programme.participants],
  ];

  return (
    <article className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500 dark:text-slate-400">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/library" className="hover:underline">
              Library
            </Link>
            <span aria-hidden="true"> / </span>
          </li>
          {parent ? (
            <li>
              <Link href={`/library/${parent.id}`} className="hover:underline">
                {parent.name}
              </Link>
              <span aria-hidden="true"> / </span>
            </li>
          ) : null}
          <li aria-current="page">{programme.name}</li>
        </ol>
      </nav>

      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={programme.kind} />
          {programme.beyondSource ? (
            <span
              className={cx(
                "rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium",
                "text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
              )}
            >
              Beyond the source document
            </span>
          ) : null}
        </div>
        <h1 className="text-3xl font-bold tracking-tight">
          {programme.name}
          {programme.acronym ? (
            <span className="text-slate-500 dark:text-slate-400"> ({programme.acronym})</span>
          ) : null}
        </h1>
        {programme.aliases.length ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            Also called: {programme.aliases.join(", ")}
          </p>
        ) : null}
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          {programme.summary.text}
        </p>
        <div className="flex flex-wrap gap-3 pt-2">
          <Link
            href={quizOnProgrammeHref(programme.id, questionCount)}
            className={buttonStyles.primary}
            aria-describedby="quiz-question-count"
          >
            Quiz on this
          </Link>
          {cardCount ? (
            <Link
              href={`/flashcards/study?deck=${programme.id}`}
              className={buttonStyles.secondary}
            >
              Study its flashcards ({cardCount})
            </Link>
          ) : null}
        </div>
        <p id="quiz-question-count" className="text-sm text-slate-600 dark:text-slate-400">
          {quizQuestionCountLabel(questionCount)}
        </p>
      </header>

      {programme.dates.length ? (
        <section aria-labelledby="dates" className={cardStyles}>
          <h2 id="dates" className="mb-3 text-lg font-semibold">
            Key dates
          </h2>
          <ol className="space-y-3">
            {[...programme.dates]
              .sort((a, b) => a.year - b.year)
              .map((date) => (
                <li key={date.fact} className="flex gap-4">
                  <span className="w-12 shrink-0 font-mono font-semibold">{date.year}</span>
                  <div>
                    <p>{date.event}</p>
                    <Citation citation={cite(date.fact)} />
                  </div>
                </li>
              ))}
          </ol>
        </section>
      ) : null}

      <div className="grid gap-4 md:grid-cols-3">
        {lists.map(([title, list]) =>
          list ? (
            <section key={title} aria-label={title} className={cardStyles}>
              <h2 className="mb-3 text-lg font-semibold">{title}</h2>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {list.items.map((item) => (
                  <li key={item.fact}>{item.text}</li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
      </div>

      {programme.differences.length ? (
        <section aria-labelledby="differences" className={cardStyles}>
          <h2 id="differences" className="mb-3 text-lg font-semibold">
            How it differs
          </h2>
          <ul className="space-y-3">
            {programme.differences.map((difference) => {
              const other = index.programmeById.get(difference.from);
              return (
                <li key={difference.from}>
                  {other ? (
                    <p className="text-sm font-medium">
                      Compared with{" "}
                      <Link
                        href={`/library/${other.id}`}
                        className="text-brand-700 hover:underline dark:text-brand-300"
                      >
                        {other.name}
                      </Link>
                    </p>
                  ) : null}
                  <p className="text-slate-700 dark:text-slate-300">{difference.text}</p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="facts">
        <h2 id="facts" className="mb-3 text-lg font-semibold">
          Facts ({programme.facts.length})
        </h2>
        <ol className={`${cardStyles} divide-y divide-slate-200 py-1 dark:divide-slate-800`}>
          {programme.facts.map((fact) => (
            <li
              key={fact.id}
              id={`fact-${fact.id}`}
              className="scroll-mt-24 py-3 target:bg-amber-50 dark:target:bg-amber-950"
            >
              <p>{fact.statement}</p>
              {fact.note ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{fact.note}</p>
              ) : null}
              <div className="mt-2">
                <Citation citation={cite(fact.id)} />
              </div>
            </li>
          ))}
        </ol>
      </section>

      {children.length ? (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-3 text-lg font-semibold">
            Related
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {children.map((child) => (
              <li key={child.id} className={cardStyles}>
                <Link href={`/library/${child.id}`} className="font-semibold hover:underline">
                  {child.name}
                </Link>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  {child.summary.text}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
