import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";

/**
 * An assignment's "Late work counts" checkbox with its hint and error, as the assign form and
 * the edit form show it. `idPrefix` keeps the ids of the two forms apart.
 */
export function LateCountsField({
  idPrefix,
  registration,
  error,
}: {
  idPrefix: string;
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <div className="space-y-1">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" aria-describedby={`${idPrefix}-lateCounts-hint`} {...registration} />
        Late work counts
      </label>
      <p id={`${idPrefix}-lateCounts-hint`} className="text-xs text-slate-500 dark:text-slate-400">
        Learners can always finish after the due date; this decides whether late attempts count
        towards their score.
      </p>
      <FieldError id={`${idPrefix}-lateCounts-error`} message={error} />
    </div>
  );
}
