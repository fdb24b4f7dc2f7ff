import { cardStyles } from "@/components/ui/styles";
import type { MasteryRow } from "@/lib/domain/progress/dashboard-view";
import { MasteryBars } from "./mastery-bars";
import { cx } from "@/components/ui/cx";

type Props = { topics: MasteryRow[]; programmes: MasteryRow[]; explanation: string };

/** Mastery per topic and per programme, with the one-sentence rule behind the figures. */
export function MasterySection({ topics, programmes, explanation }: Props) {
  return (
    <section aria-labelledby="mastery-heading" className={cardStyles}>
      <h2 id="mastery-heading" className="text-lg font-semibold">
        Mastery
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{explanation}</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <div>
          <h3
            className={cx(
              "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500",
              "dark:text-slate-400",
            )}
          >
            By topic
          </h3>
          <MasteryBars rows={topics} label="Mastery by topic" />
        </div>
        <div>
          <h3
            className={cx(
              "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500",
              "dark:text-slate-400",
            )}
          >
            By programme
          </h3>
          <MasteryBars rows={programmes} label="Mastery by programme" />
        </div>
      </div>
    </section>
  );
}
