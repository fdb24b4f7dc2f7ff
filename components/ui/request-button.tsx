"use client";

import type { ReactNode } from "react";
import { useHydrated } from "@/lib/client/use-hydrated";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import type { RequestResult } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";

type Props<T> = {
  /** Sends the request, through requestJson. */
  send: () => Promise<RequestResult<T>>;
  onSuccess?: (data: T) => void | Promise<void>;
  /** Success opens another page: the button stays busy until it does. */
  leavesPage?: boolean;
  /** The button's classes (buttonStyles, and any utility beside them). */
  className: string;
  /** Classes of the box that holds the button and, under it, a failure's message. */
  boxClassName?: string;
  /** The button's accessible name, where its text alone would not tell it apart. */
  "aria-label"?: string;
  /** Refuses clicks before the request (it is disabled anyway until the page is interactive). */
  disabled?: boolean;
  /** Asked with window.confirm first; the request is sent only when accepted. */
  confirmMessage?: string;
  /** The button's text, given whether the request is out ("Starting…"). */
  children: ReactNode | ((pending: boolean) => ReactNode);
};

/**
 * A button that sends one request, with useRequest's conventions (a click while it is out is
 * ignored), and the failure's message under it. While the request is out the button is
 * aria-disabled and aria-busy, not disabled: a disabled button loses keyboard focus, which then
 * drops to the top of the page. Until the page is interactive it is disabled: a click on the
 * server's HTML before the script has run would do nothing at all (a fast click on "Retry the 3
 * I missed" right after a full page load was lost so).
 */
export function RequestButton<T>({
  send,
  onSuccess,
  leavesPage,
  className,
  boxClassName,
  "aria-label": ariaLabel,
  disabled,
  confirmMessage,
  children,
}: Props<T>) {
  const { pending, error, run } = useRequest<T>({ onSuccess, leavesPage });
  const interactive = useHydrated();
  return (
    <span className={cx("inline-flex flex-col items-start gap-1", boxClassName)}>
      <button
        type="button"
        disabled={disabled || !interactive}
        onClick={() => {
          if (confirmMessage && !window.confirm(confirmMessage)) return;
          void run(send);
        }}
        aria-disabled={pending}
        aria-busy={pending}
        className={className}
        aria-label={ariaLabel}
      >
        {typeof children === "function" ? children(pending) : children}
      </button>
      {error ? (
        <Alert tone="error" compact>
          {error}
        </Alert>
      ) : null}
    </span>
  );
}
