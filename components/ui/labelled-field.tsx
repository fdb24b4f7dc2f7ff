import type { ReactNode } from "react";

export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/**
 * A label, a hint and errors tied to one control (aria-describedby), whatever the control:
 * the caller renders it with the props it is given.
 */
export function LabelledField({
  label,
  name,
  id,
  hint,
  errors,
  children,
}: {
  label: string;
  name: string;
  id?: string;
  hint?: string;
  errors?: string[];
  children: (control: ControlProps) => ReactNode;
}) {
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors?.length ? `${fieldId}-error` : undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id: fieldId,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-600 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
