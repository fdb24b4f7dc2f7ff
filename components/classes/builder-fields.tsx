import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

const LOCKED_ID = "set-locked";

/**
 * A set builder's fields and buttons. When the saved set can no longer change (`locked`, the
 * reason the server gives: set-work.ts), they are disabled under that reason, shown once,
 * rather than left to fill in and be refused on saving.
 */
export function BuilderFields({
  locked,
  children,
}: {
  locked: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <>
      {locked ? (
        <Alert tone="info">
          <span id={LOCKED_ID}>{locked}</span>
        </Alert>
      ) : null}
      <fieldset
        disabled={Boolean(locked)}
        aria-describedby={locked ? LOCKED_ID : undefined}
        className="min-w-0 space-y-8"
      >
        {children}
      </fieldset>
    </>
  );
}
