import type { CSSProperties } from "react";
import { formatPercent } from "@/lib/domain/format/format";
import type { MasteryRow } from "@/lib/domain/progress/dashboard-view";

type Props = {
  rows: MasteryRow[];
  /** Names the list for screen readers ("Mastery by topic"). */
  label: string;
  /** Hides the quiz and flashcard breakdown (home page summary). */
  compact?: boolean;
};

function answerCount(answers: number): string {
  return `${answers} ${answers === 1 ? "answer" : "answers"}`;
}

function part(name: string, value: number | null, evidence: string): string {
  return value === null ? `${name}: none yet` : `${name} ${formatPercent(value)} (${evidence})`;
}

/**
 * Mastery as horizontal bars. The bar is decoration, drawn by CSS (no element): the percentage
 * and its two components are written out as text, so the list reads the same without it.
 */
export function MasteryBars({ rows, label, compact = false }: Props) {
  return (
    <ul aria-label={label} className={`mastery-list ${compact ? "space-y-3" : "space-y-4"}`}>
      {rows.map((row) => (
        <li
          key={row.id}
          // The bar (the row's ::after, globals.css) is --mastery wide; a sliver stays visible at
          // 0% so "0%" and "not started" look different.
          style={
            row.mastery === null
              ? undefined
              : ({ "--mastery": `${Math.max(1, Math.round(row.mastery * 100))}%` } as CSSProperties)
          }
        >
          <span>{row.name}</span>
          <span className={row.mastery === null ? "none" : "figure"}>
            {row.mastery === null ? "Not started" : formatPercent(row.mastery)}
          </span>
          {compact || row.mastery === null ? null : (
            <p className="parts">
              {/* One string: one text node in the HTML and in the React payload. */}
              {`${part("Quiz", row.quiz, answerCount(row.answers))} · ` +
                part("Cards", row.cards, `${row.cardsStudied} of ${row.cardsTotal} studied`)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
