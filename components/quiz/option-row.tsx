import type { ReactNode } from "react";
import { AnswerMark } from "./answer-mark";
import { cx } from "@/components/ui/cx";

type Props = {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  checked: boolean;
  disabled?: boolean;
  onChange: () => void;
  /** The digit that picks this option (1–9), shown as a hint on wide screens. */
  shortcut?: number;
  /** Set once graded: right or wrong, in words. */
  mark?: { tone: "right" | "wrong" | "neutral"; label: string };
  children: ReactNode;
};

/**
 * One native radio or checkbox with its whole row as the label, so the touch target is the
 * row (at least 44 px high) and screen readers get the text and any verdict as its name.
 */
export function OptionRow({
  type,
  name,
  value,
  checked,
  disabled,
  onChange,
  shortcut,
  mark,
  children,
}: Props) {
  const tone = mark?.tone;
  const frame =
    tone === "right"
      ? "border-emerald-500 bg-emerald-50 dark:border-emerald-500/70 dark:bg-emerald-950/40"
      : tone === "wrong"
        ? "border-red-500 bg-red-50 dark:border-red-500/70 dark:bg-red-950/40"
        : cx(
            "border-slate-300 has-[:checked]:border-brand-500",
            "has-[:checked]:bg-brand-50 dark:border-slate-700",
            "dark:has-[:checked]:border-brand-400",
            "dark:has-[:checked]:bg-brand-950/50",
          );
  return (
    <label
      className={cx(
        "flex min-h-11 items-center gap-3 rounded-lg border px-3 py-2.5 text-sm",
        "has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500",
        frame,
        disabled
          ? "cursor-default"
          : "cursor-pointer hover:border-brand-400 dark:hover:border-brand-500",
      )}
    >
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        onChange={onChange}
        className="size-5 shrink-0 accent-brand-600 dark:accent-brand-400"
      />
      {shortcut !== undefined && shortcut <= 9 ? (
        <kbd
          aria-hidden="true"
          className={cx(
            "hidden size-6 shrink-0 items-center justify-center rounded border",
            "border-slate-300 bg-slate-50 font-mono text-xs text-slate-600",
            "sm:inline-flex dark:border-slate-600 dark:bg-slate-800",
            "dark:text-slate-300",
          )}
        >
          {shortcut}
        </kbd>
      ) : null}
      <span className="min-w-0 flex-1 break-words">{children}</span>
      {mark ? <AnswerMark tone={mark.tone} label={mark.label} /> : null}
    </label>
  );
}
