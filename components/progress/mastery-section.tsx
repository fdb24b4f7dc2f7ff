import { cardStyles } from "@/components/ui/styles";
import type { MasteryRow } from "@/lib/domain/progress/dashboard-view";
import { MasteryBars } from "./mastery-bars";

type Props = { programmes: MasteryRow[]; explanation: string };

/**
 * One mastery per programme, with the formula behind the figures. (Topics are the top-level
 * programmes: the home page lists them with these same figures, so no second view differs.)
 */
export function MasterySection({ programmes, explanation }: Props) {
  return (
    <section aria-labelledby="mastery-heading" className={cardStyles}>
      <h2 id="mastery-heading" className="text-lg font-semibold">
        Mastery by programme
      </h2>
      <p id="mastery-formula" className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        {explanation}
      </p>
      <div className="mt-6">
        <MasteryBars rows={programmes} label="Mastery by programme" />
      </div>
    </section>
  );
}
