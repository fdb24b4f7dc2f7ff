import type { OutboxStatus } from "@/lib/client/response-outbox";
import { formatRemaining } from "./use-quiz-timer";
import { cx } from "@/components/ui/cx";

type Props = {
  title: string;
  /** Zero-based. */
  position: number;
  count: number;
  answered: number;
  saveStatus: OutboxStatus;
  /** Practice: the answer on screen is an unchecked draft, kept on this device only. */
  draft?: boolean;
  /** Null when the quiz is untimed. */
  remainingMs: number | null;
  timerAnnouncement: string;
};

const SAVE_TEXT: Record<OutboxStatus, string> = {
  idle: "Saved",
  saving: "Saving…",
  offline: "Offline — your answers are kept and will be sent when the connection returns",
  retrying: "The server did not answer — your answers are kept and will be sent again shortly",
  blocked: "Not saved — see the message below",
};

const SAVE_TONE: Record<OutboxStatus, string> = {
  idle: "text-emerald-700 dark:text-emerald-400",
  saving: "text-slate-600 dark:text-slate-400",
  offline: "text-amber-800 dark:text-amber-300",
  retrying: "text-amber-800 dark:text-amber-300",
  blocked: "text-red-700 dark:text-red-400",
};

/** Title, timer, "Question n of N" with its progress bar, answered count and save status. */
export function QuizHeader({
  title,
  position,
  count,
  answered,
  saveStatus,
  draft = false,
  remainingMs,
  timerAnnouncement,
}: Props) {
  const n = position + 1;
  const urgency =
    remainingMs === null
      ? ""
      : remainingMs <= 60_000
        ? cx(
            "border-red-300 bg-red-50 text-red-800 dark:border-red-800",
            "dark:bg-red-950/60 dark:text-red-200",
          )
        : remainingMs <= 5 * 60_000
          ? cx(
              "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800",
              "dark:bg-amber-950/60 dark:text-amber-200",
            )
          : cx(
              "border-slate-200 bg-white text-slate-900 dark:border-slate-700",
              "dark:bg-slate-900 dark:text-slate-100",
            );
  return (
    <header className="space-y-3">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {answered} of {count} answered
          </p>
        </div>
        {remainingMs !== null ? (
          <div className={`shrink-0 rounded-lg border px-3 py-1.5 text-right ${urgency}`}>
            <span className="block text-xs font-medium">Time left</span>
            {/* role=timer is not live: reading every second would drown everything else out. */}
            <span
              role="timer"
              aria-label="Time left"
              className="font-mono text-xl font-semibold tabular-nums"
            >
              {formatRemaining(remainingMs)}
            </span>
          </div>
        ) : null}
        <p aria-live="assertive" className="sr-only">
          {timerAnnouncement}
        </p>
      </div>
      <div className="space-y-1.5">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
          <p className="font-semibold">
            Question {n} of {count}
          </p>
          {draft && saveStatus === "idle" ? (
            // "Saved" would say the server has it; an unchecked practice answer it has not.
            <p role="status" className="text-xs text-slate-600 sm:text-sm dark:text-slate-400">
              Draft — kept on this device until you check it
            </p>
          ) : (
            <p role="status" className={`text-xs sm:text-sm ${SAVE_TONE[saveStatus]}`}>
              {saveStatus === "idle" ? <span aria-hidden="true">✓ </span> : null}
              {SAVE_TEXT[saveStatus]}
            </p>
          )}
        </div>
        <div
          role="progressbar"
          aria-label="Quiz progress"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={n}
          aria-valuetext={`Question ${n} of ${count}`}
          className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div
            className={cx(
              "h-full rounded-full bg-brand-600 transition-[width] duration-300",
              "motion-reduce:transition-none dark:bg-brand-400",
            )}
            style={{ width: `${(n / count) * 100}%` }}
          />
        </div>
      </div>
    </header>
  );
}
