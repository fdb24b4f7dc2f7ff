import { cardStyles } from "@/components/ui/styles";
import { formatPercent, formatScore } from "@/lib/domain/format/format";
import type { MasteryRow, WeakQuestion } from "@/lib/domain/progress/dashboard-view";
import { plural } from "./plural";
import { PractiseButton } from "./practise-button";

type Props = { programmes: MasteryRow[]; questions: WeakQuestion[] };

const headingStyles = "text-lg font-semibold";
const mutedStyles = "text-xs text-slate-500 dark:text-slate-400";
// Rows styled from their list (`*:`), once rather than on every row.
const listStyles =
  "mt-3 flex-1 divide-y divide-slate-200 dark:divide-slate-800 " +
  "*:flex *:items-baseline *:justify-between *:gap-4 *:py-2.5";

/** The weakest programmes and questions, each list with a button to practise exactly those. */
export function WeakSpots({ programmes, questions }: Props) {
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <section aria-labelledby="weak-programmes-heading" className={`${cardStyles} flex flex-col`}>
        <h2 id="weak-programmes-heading" className={headingStyles}>
          Weakest programmes
        </h2>
        {programmes.length ? (
          <>
            <ol className={listStyles}>
              {programmes.map((p) => (
                <li key={p.id}>
                  <span>
                    <span className="block text-sm font-medium">{p.name}</span>
                    <span className={mutedStyles}>
                      {plural(p.answers, "answer")} · {p.cardsStudied} of {p.cardsTotal} cards
                      studied
                    </span>
                  </span>
                  <span className="shrink-0 text-sm font-semibold tabular-nums">
                    {formatScore(p.mastery)}
                  </span>
                </li>
              ))}
            </ol>
            <div className="mt-4">
              <PractiseButton
                programmeIds={programmes.map((p) => p.id)}
                description={plural(programmes.length, "programme")}
              />
            </div>
          </>
        ) : (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Answer some questions or study some cards and your weakest programmes will show here.
          </p>
        )}
      </section>

      <section aria-labelledby="weak-questions-heading" className={`${cardStyles} flex flex-col`}>
        <h2 id="weak-questions-heading" className={headingStyles}>
          Weakest questions
        </h2>
        {questions.length ? (
          <>
            <ol className={listStyles}>
              {questions.map((q) => (
                <li key={q.questionId}>
                  <span className="min-w-0">
                    <span className="block text-sm font-medium">{q.prompt}</span>
                    <span className={mutedStyles}>
                      {q.programmeName} · {plural(q.answers, "answer")}
                    </span>
                  </span>
                  <span className="shrink-0 text-sm font-semibold tabular-nums">
                    {formatPercent(q.accuracy)}
                  </span>
                </li>
              ))}
            </ol>
            <div className="mt-4">
              <PractiseButton weakQuestions description={plural(questions.length, "question")} />
            </div>
          </>
        ) : (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Questions you get wrong will be listed here so you can practise them again.
          </p>
        )}
      </section>
    </div>
  );
}
