import { cx } from "@/components/ui/cx";

type Props = {
  count: number;
  /** Zero-based. */
  current: number;
  isAnswered: (position: number) => boolean;
  flagged: ReadonlySet<number>;
  onJump: (position: number) => void;
  disabled?: boolean;
};

/**
 * Exam navigator: a numbered button per question. Each says in its name whether it is
 * answered or flagged (the fill and the flag are only a visual shorthand), and the current
 * one carries aria-current.
 */
export function QuestionNavigator({
  count,
  current,
  isAnswered,
  flagged,
  onJump,
  disabled,
}: Props) {
  return (
    <nav aria-labelledby="quiz-navigator-heading" className="space-y-3">
      <h2 id="quiz-navigator-heading" className="text-sm font-semibold">
        Questions
      </h2>
      <ol className="grid grid-cols-5 gap-2 sm:grid-cols-10">
        {Array.from({ length: count }, (_, position) => {
          const answered = isAnswered(position);
          const isFlagged = flagged.has(position);
          const isCurrent = position === current;
          const ariaLabel =
            `Question ${position + 1}, ${answered ? "answered" : "not answered"}` +
            (isFlagged ? ", flagged for review" : "");
          return (
            <li key={position}>
              <button
                type="button"
                disabled={disabled}
                onClick={() => onJump(position)}
                aria-current={isCurrent ? "step" : undefined}
                aria-label={ariaLabel}
                className={cx(
                  "relative flex h-11 w-full items-center justify-center rounded-lg border",
                  "text-sm font-semibold disabled:cursor-not-allowed",
                  answered
                    ? cx(
                        "border-brand-600 bg-brand-600 text-white hover:bg-brand-700",
                        "dark:border-brand-500 dark:bg-brand-500 dark:hover:bg-brand-400",
                      )
                    : cx(
                        "border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
                        "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
                        "dark:hover:bg-slate-800",
                      ),
                  isCurrent
                    ? cx(
                        "ring-2 ring-slate-900 ring-offset-2 ring-offset-white dark:ring-white",
                        "dark:ring-offset-slate-900",
                      )
                    : "",
                )}
              >
                {position + 1}
                {isFlagged ? (
                  <span
                    aria-hidden="true"
                    className={cx(
                      "absolute -right-1.5 -top-1.5 rounded-full bg-amber-400 px-1",
                      "text-[0.65rem] leading-4 text-amber-950",
                    )}
                  >
                    ⚑
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p
        aria-hidden="true"
        className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
      >
        <span>
          <span
            className={cx(
              "mr-1 inline-block size-3 rounded-sm bg-brand-600 align-middle",
              "dark:bg-brand-500",
            )}
          />
          Answered
        </span>
        <span>
          <span
            className={cx(
              "mr-1 inline-block size-3 rounded-sm border border-slate-400",
              "align-middle",
            )}
          />
          Not answered
        </span>
        <span>
          <span className="mr-1 rounded-full bg-amber-400 px-1 text-amber-950">⚑</span>
          Flagged
        </span>
        <span>
          <span
            className={cx(
              "mr-1 inline-block size-3 rounded-sm ring-2 ring-slate-900 align-middle",
              "dark:ring-white",
            )}
          />
          Current
        </span>
      </p>
    </nav>
  );
}
