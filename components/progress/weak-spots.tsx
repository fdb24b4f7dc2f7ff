import { cardStyles } from "@/components/ui/styles";
import { formatPercent, formatScore } from "@/lib/domain/format/format";
import type { MasteryRow, WeakQuestion } from "@/lib/domain/progress/dashboard-view";
import { plural } from "./plural";
import { PractiseButton } from "./practise-button";

type Props = { programmes: MasteryRow[]; questions: WeakQuestion[] };

const headingStyles = "text-lg font-semibold";
// A row is its name, its detail and its figure, styled from the list (globals.css).
const listStyles = "figure-list mt-3 flex-1";

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
                  <span>{p.name}</span>
                  <span className="figure">{formatScore(p.mastery)}</span>
                  <span className="detail">
                    {`${plural(p.answers, "answer")} · ` +
                      `${p.cardsStudied} of ${p.cardsTotal} cards studied`}
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
                  <span>{q.prompt}</span>
                  <span className="figure">{formatPercent(q.accuracy)}</span>
                  <span className="detail">
                    {`${q.programmeName} · ${plural(q.answers, "answer")}`}
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
