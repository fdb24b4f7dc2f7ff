import { cx } from "@/components/ui/cx";

/**
 * A small label beside an option once the answer is graded. It carries words ("Correct
 * answer", "Your answer") as well as colour, so the verdict does not depend on seeing green
 * and red, and it sits inside the option's label so screen readers read it with the option.
 */
export function AnswerMark({
  tone,
  label,
}: {
  tone: "right" | "wrong" | "neutral";
  label: string;
}) {
  const styles = {
    right: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
    wrong: "bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100",
    neutral: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  }[tone];
  const icon = { right: "✓", wrong: "✗", neutral: "•" }[tone];
  return (
    <span
      className={cx(
        "inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold",
        styles,
      )}
    >
      <span aria-hidden="true">{icon}</span>
      {label}
    </span>
  );
}
