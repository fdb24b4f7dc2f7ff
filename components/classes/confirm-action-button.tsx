"use client";

import { useRouter } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles } from "@/components/ui/styles";
import { focusHeadingWhenGone } from "@/lib/client/focus-heading";
import { requestJson } from "@/lib/client/request-json";

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
  return (
    <RequestButton
      send={() => requestJson(url, { method, body })}
      onSuccess={() => {
        if (redirectTo) return router.push(redirectTo);
        // A button that removes its own row (leave a class, remove a learner) goes with it.
        focusHeadingWhenGone(document.activeElement);
        router.refresh();
      }}
      leavesPage={Boolean(redirectTo)}
      confirmMessage={confirmMessage}
      className={tone === "danger" ? danger : buttonStyles[tone]}
    >
      {label}
      {srLabel ? <span className="sr-only">{` ${srLabel}`}</span> : null}
    </RequestButton>
  );
}
