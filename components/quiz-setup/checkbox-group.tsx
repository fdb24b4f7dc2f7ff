"use client";
import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { FieldError } from "@/components/ui/field-error";

/** `note`, when given, is shown after the label in small type (and read as part of it). */
type Option<T extends string> = { value: T; label: string; note?: string };

const COLUMNS = { 3: "sm:grid-cols-2 lg:grid-cols-3", 4: "sm:grid-cols-2 lg:grid-cols-4" } as const;

/** A fieldset of checkboxes picking a subset, e.g. programmes or question types. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  options,
  selected,
  onChange,
  columns = 3,
  error,
}: {
  legend: string;
  hint?: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  columns?: keyof typeof COLUMNS;
  error?: string;
}) {
  const errorId = useId();
  const toggle = (value: T) =>
    onChange(
      selected.includes(value)
        ? selected.filter((v) => v !== value)
        : options.map((o) => o.value).filter((v) => v === value || selected.includes(v)),
    );
  return (
    <fieldset
      className="space-y-3"
      aria-describedby={error ? errorId : undefined}
      // Marks the group for the form's focus-the-first-invalid-field (aria-invalid does not
      // apply to a group).
      data-invalid={error ? true : undefined}
    >
      <legend className="text-base font-semibold">{legend}</legend>
      {hint ? <p className="text-sm text-slate-500 dark:text-slate-400">{hint}</p> : null}
      <div className={`grid gap-1 ${COLUMNS[columns]}`}>
        {options.map((option) => (
          <label key={option.value} className="check-option">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={() => toggle(option.value)}
            />
            {/* A note keeps to its label's line (one flex item); a bare label is its own. */}
            {option.note ? (
              <span>
                {`${option.label} `}
                <span
                  className={cx(
                    "inline-block rounded bg-slate-100 px-1.5 text-xs whitespace-nowrap",
                    "text-slate-600 dark:bg-slate-800 dark:text-slate-300",
                  )}
                >
                  {option.note}
                </span>
              </span>
            ) : (
              option.label
            )}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
