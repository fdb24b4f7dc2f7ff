"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";

type Props = {
  url: string;
  method: "POST" | "PUT" | "DELETE";
  body?: unknown;
  label: string;
  /**
   * Completes the accessible name where a page has several such buttons ("Remove" + " Ana Silva").
   */
  srLabel?: string;
  /** Asked with window.confirm first; the action runs only when accepted. */
  confirmMessage?: string;
  /** Where to go afterwards; by default the page re-renders with the new data. */
  redirectTo?: string;
  tone?: "secondary" | "danger" | "ghost";
};

const danger = cx(
  "inline-flex items-center justify-center gap-2 rounded-lg border",
  "border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-700",
  "shadow-sm hover:bg-red-50 disabled:cursor-not-allowed",
  "disabled:opacity-60 dark:border-red-800 dark:bg-slate-900",
  "dark:text-red-300 dark:hover:bg-red-950",
);

/**
 * A button for a one-shot change (archive, rotate, remove,
 * leave), confirmed first when it cannot be undone.
 */
export function ConfirmActionButton({
  url,
  method,
  body,
  label,
  srLabel,
  confirmMessage,
  redirectTo,
  tone = "secondary",
}: Props) {
  const router = useRouter();
  const { pending, error, run } = useRequest({
    onSuccess: () => (redirectTo ? router.push(redirectTo) : router.refresh()),
    leavesPage: Boolean(redirectTo),
  });

  function confirmAndRun() {
    if (confirmMessage && !window.confirm(confirmMessage)) return;
    void run(() => requestJson(url, { method, body }));
  }

  const style = tone === "danger" ? danger : buttonStyles[tone];
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={confirmAndRun}
        disabled={pending}
        aria-busy={pending}
        className={style}
      >
        {label}
        {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
      </button>
      {error ? (
        <Alert tone="error" compact>
          {error}
        </Alert>
      ) : null}
    </span>
  );
}
