import { Link } from "@/components/ui/link";
import { buttonStyles, cardStyles, linkStyles } from "@/components/ui/styles";
import type { MasteryRow } from "@/lib/domain/progress/dashboard-view";
import { StartStudyingButton } from "@/components/flashcards/start-studying-button";
import type { HomeFlashcards } from "@/lib/domain/srs/study-view";
import { MasteryBars } from "./mastery-bars";
import { plural } from "./plural";
import { cx } from "@/components/ui/cx";

type Props = {
  flashcards: HomeFlashcards;
  unfinished: {
    id: string;
    answered: number;
    questions: number;
    mode: "practice" | "exam";
    /** What it covers and when it began (lib/domain/quiz/name-attempt.ts). */
    name: string;
  } | null;
  topics: MasteryRow[];
};

const tileStyles = `${cardStyles} flex flex-col`;
const labelStyles = "text-sm font-medium text-slate-600 dark:text-slate-400";

/** The signed-in home page's "what next": due cards, the open quiz, and mastery at a glance. */
export function HomeSummary({ flashcards, unfinished, topics }: Props) {
  const toStudy = flashcards.due + flashcards.newReady;
  const answeredPercent = unfinished?.questions
    ? Math.round((unfinished.answered / unfinished.questions) * 100)
    : 0;
  return (
    // Two columns: the two short tiles stacked beside the taller mastery list, which three equal
    // columns stretched them to (with most of each tile left blank).
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="home-due-heading" className={tileStyles}>
        <h2 id="home-due-heading" className={labelStyles}>
          Flashcards today
        </h2>
        <div className="flex-1">
          {/* The big figure is all of today's study, so "0" never sits beside cards ready. */}
          <p className="mt-2 flex items-baseline gap-2">
            <span className="text-4xl font-bold tabular-nums">{toStudy}</span>{" "}
            <span className="text-sm font-medium text-slate-700 dark:text-slate-300">
              {toStudy === 1 ? "card" : "cards"} to study today
            </span>
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {/* Due counts cards in learning too, which the study screen lists apart from
                reviews: "due for review" beside its "To review 0" read as a contradiction. */}
            {flashcards.due
              ? `${plural(flashcards.due, "card", "cards")} due now`
              : "Nothing due now"}
            {` · ${plural(flashcards.newReady, "new card", "new cards")} ready`}
          </p>
          {!flashcards.studying ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              One click adds every programme&apos;s deck to your study.
            </p>
          ) : null}
        </div>
        {flashcards.studying ? (
          <Link
            href="/flashcards/study"
            className={cx(
              flashcards.due || flashcards.newReady ? buttonStyles.primary : buttonStyles.secondary,
              "mt-4 self-start",
            )}
          >
            {flashcards.due ? "Review now" : "Study flashcards"}
          </Link>
        ) : (
          <StartStudyingButton className="mt-4" />
        )}
      </section>

      <section aria-labelledby="home-quiz-heading" className={tileStyles}>
        <h2 id="home-quiz-heading" className={labelStyles}>
          {unfinished ? "Continue your quiz" : "Start a quiz"}
        </h2>
        {unfinished ? (
          <>
            <div className="flex-1">
              <p className="mt-2 text-lg font-semibold">{unfinished.name}</p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {unfinished.answered} of {unfinished.questions} questions answered
              </p>
              <div
                aria-hidden="true"
                className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
              >
                <div
                  className="h-full rounded-full bg-brand-600 dark:bg-brand-400"
                  style={{
                    width: `${answeredPercent}%`,
                  }}
                />
              </div>
            </div>
            <Link
              href={`/quizzes/${unfinished.id}`}
              className={`${buttonStyles.primary} mt-4 self-start`}
            >
              Continue
            </Link>
          </>
        ) : (
          <>
            <p className="mt-2 flex-1 text-sm text-slate-600 dark:text-slate-400">
              Ten practice questions across every programme, or choose your own.
            </p>
            <Link href="/quizzes/new" className={`${buttonStyles.primary} mt-4 self-start`}>
              Start a quiz
            </Link>
          </>
        )}
      </section>

      <section
        aria-labelledby="home-mastery-heading"
        className={`${tileStyles} md:col-start-2 md:row-span-2 md:row-start-1`}
      >
        <h2 id="home-mastery-heading" className={labelStyles}>
          Mastery by topic
        </h2>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Each topic&apos;s own figure, the same as its row on the progress page.
        </p>
        <div className="mt-3 flex-1">
          {topics.length ? (
            <MasteryBars rows={topics} label="Mastery by topic" compact />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">No topics yet.</p>
          )}
        </div>
        <Link href="/progress" className={`${linkStyles} mt-4 self-start text-sm`}>
          See your progress
        </Link>
      </section>
    </div>
  );
}
