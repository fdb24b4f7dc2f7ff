"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";

/**
 * Deletes one of the instructor's questions or cards after a second, explicit click. The
 * confirmation takes focus, and "Keep it" gives focus back to the first button.
 */
export function DeleteCustomButton({ href, what }: { href: string; what: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const { pending, error, run } = useRequest<unknown>({ onSuccess: () => router.refresh() });

  if (!asking)
    return (
      <button
        ref={first}
        type="button"
        className={buttonStyles.ghost}
        onClick={() => setAsking(true)}
      >
        Delete<span className="sr-only"> {what}</span>
      </button>
    );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        autoFocus
        className={buttonStyles.secondary}
        disabled={pending}
        aria-busy={pending}
        onClick={() => run(() => requestJson(href, { method: "DELETE" }))}
      >
        Confirm delete<span className="sr-only"> {what}</span>
      </button>
      <button
        type="button"
        className={buttonStyles.ghost}
        onClick={() => {
          setAsking(false);
          requestAnimationFrame(() => first.current?.focus());
        }}
      >
        Keep it
      </button>
      {error ? (
        <Alert tone="error" compact>
          {error}
        </Alert>
      ) : null}
    </span>
  );
}
