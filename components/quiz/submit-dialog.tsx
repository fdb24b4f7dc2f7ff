import { useEffect, useId, useRef } from "react";
import { cx } from "@/components/ui/cx";
import { buttonStyles } from "@/components/ui/styles";

type Props = {
  open: boolean;
  mode: "practice" | "exam";
  count: number;
  /** Zero-based positions, those with an unchecked draft included. */
  unanswered: number[];
  /** Practice: unanswered positions holding an answer picked but not checked (a draft). */
  drafts?: number[];
  flagged: number[];
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  /** Practice: checks the drafts (sends them as answers), then finishes. */
  onCheckDrafts?: () => void;
  onJump: (position: number) => void;
};

const numbers = (positions: readonly number[]) => positions.map((p) => p + 1).join(", ");

/** "3 unanswered (questions 3, 4, 5): they score 0." */
function blankSentence(blank: readonly number[]): string {
  const one = blank.length === 1;
  return (
    `${blank.length} unanswered (question${one ? "" : "s"} ${numbers(blank)}): ` +
    `${one ? "it scores" : "they score"} 0.`
  );
}

/** "Question 2 has an answer" / "Questions 2 and 5 have answers" you have not checked. */
export function draftsSentence(drafts: readonly number[]): string {
  const n = drafts.map((p) => p + 1);
  if (n.length === 1) return `Question ${n[0]} has an answer you have not checked.`;
  const list = `${n.slice(0, -1).join(", ")} and ${n.at(-1)}`;
  return `Questions ${list} have answers you have not checked.`;
}

/**
 * "Submit the quiz?" as a native modal dialog: the browser traps focus inside, Escape
 * cancels and focus returns to the button that opened it. Focus starts on "Back to the quiz",
 * so a stray Enter does not submit.
 */
export function SubmitDialog({
  open,
  mode,
  count,
  unanswered,
  drafts = [],
  flagged,
  busy,
  onCancel,
  onConfirm,
  onCheckDrafts,
  onJump,
}: Props) {
  // An answer picked but not checked is named, never counted silently as unanswered.
  const blank = unanswered.filter((p) => !drafts.includes(p));
  const them = drafts.length === 1 ? "it" : "them";
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onCancel}
      className={
        "m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border " +
        "border-slate-200 bg-white p-0 text-slate-900 shadow-xl " +
        "backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 " +
        "dark:text-slate-100"
      }
    >
      <div className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {mode === "exam" ? "Submit the exam?" : "Finish and see results?"}
        </h2>
        <div id={`${id}-body`} className="space-y-2 text-sm">
          <p>
            {count - unanswered.length} of {count} questions answered.
          </p>
          {drafts.length ? (
            <p className="font-medium text-amber-800 dark:text-amber-300">
              {draftsSentence(drafts)} Check {them} to count {them}, or go back to {them}: results
              without checking leave {them} unanswered.
            </p>
          ) : null}
          {blank.length ? (
            <p className="font-medium text-amber-800 dark:text-amber-300">{blankSentence(blank)}</p>
          ) : drafts.length ? null : (
            <p>Every question is answered.</p>
          )}
          {flagged.length ? (
            <p>
              {flagged.length} flagged for review (question{flagged.length === 1 ? "" : "s"}{" "}
              {numbers(flagged)}).
            </p>
          ) : null}
          <p className="text-slate-600 dark:text-slate-400">
            {mode === "exam"
              ? "Once submitted, answers can no longer change."
              : "You can start a new quiz from the results."}
          </p>
        </div>
        {unanswered.length || flagged.length ? (
          <div className="flex flex-wrap gap-2" role="group" aria-label="Go to a question">
            {[...new Set([...unanswered, ...flagged])]
              .sort((a, b) => a - b)
              .slice(0, 12)
              .map((position) => (
                <button
                  key={position}
                  type="button"
                  className={cx(
                    buttonStyles.ghost,
                    "min-h-11 border border-slate-200 dark:border-slate-700",
                  )}
                  onClick={() => onJump(position)}
                >
                  Go to {position + 1}
                </button>
              ))}
          </div>
        ) : null}
        <div className="flex flex-col gap-2 sm:flex-row sm:justify-end">
          <button
            ref={cancelRef}
            type="button"
            className={`${buttonStyles.secondary} min-h-11`}
            onClick={onCancel}
            disabled={busy}
          >
            Back to the quiz
          </button>
          {drafts.length && onCheckDrafts ? (
            <>
              <button
                type="button"
                className={`${buttonStyles.secondary} min-h-11`}
                onClick={onConfirm}
                disabled={busy}
              >
                See results without checking
              </button>
              <button
                type="button"
                className={`${buttonStyles.primary} min-h-11`}
                onClick={onCheckDrafts}
                disabled={busy}
              >
                {busy ? "Checking…" : `Check ${them} and see results`}
              </button>
            </>
          ) : (
            <button
              type="button"
              className={`${buttonStyles.primary} min-h-11`}
              onClick={onConfirm}
              disabled={busy}
            >
              {busy ? "Submitting…" : mode === "exam" ? "Submit exam" : "See results"}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
