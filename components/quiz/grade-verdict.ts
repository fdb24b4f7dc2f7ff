import { cx } from "@/components/ui/cx";

/** The three verdicts a graded answer can get (plus "not answered"), in words and colours. */
export type GradeVerdict = {
  label: string;
  tone: "correct" | "partial" | "incorrect" | "unanswered";
  icon: string;
};

export function gradeVerdict({
  score,
  correct,
  answered,
}: {
  score: number | null;
  correct: boolean;
  answered: boolean;
}): GradeVerdict {
  if (!answered || score === null) return { label: "Not answered", tone: "unanswered", icon: "–" };
  if (correct) return { label: "Correct", tone: "correct", icon: "✓" };
  // Rounded to the nearest percent like every other figure (formatPercent: 2 of 3 reads 67%, as
  // in item analysis), but kept within 1-99%: a partly right answer never reads 0% or 100%.
  if (score > 0) {
    const percent = Math.min(99, Math.max(1, Math.round(score * 100)));
    return { label: `Partly correct (${percent}%)`, tone: "partial", icon: "◐" };
  }
  return { label: "Incorrect", tone: "incorrect", icon: "✗" };
}

export const VERDICT_STYLES: Record<GradeVerdict["tone"], string> = {
  correct: cx(
    "bg-emerald-100 text-emerald-900 ring-emerald-600/30",
    "dark:bg-emerald-900/40 dark:text-emerald-100 dark:ring-emerald-400/40",
  ),
  partial: cx(
    "bg-amber-100 text-amber-900 ring-amber-600/30 dark:bg-amber-900/40",
    "dark:text-amber-100 dark:ring-amber-400/40",
  ),
  incorrect: cx(
    "bg-red-100 text-red-900 ring-red-600/30 dark:bg-red-900/40",
    "dark:text-red-100 dark:ring-red-400/40",
  ),
  unanswered: cx(
    "bg-slate-100 text-slate-800 ring-slate-500/30 dark:bg-slate-800",
    "dark:text-slate-200 dark:ring-slate-500/40",
  ),
};
