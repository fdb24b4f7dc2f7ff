"use client";

import { useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";
import { ALL_DECKS } from "@/lib/domain/flashcards/all-decks";

const subscribeToNothing = () => () => {};

/**
 * A new learner's one click from home: study every deck, then open the study session. Until the
 * page is interactive the button is disabled: a click before then would do nothing at all.
 */
export function StartStudyingButton({ className }: { className?: string }) {
  const router = useRouter();
  const interactive = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const { pending, error, run } = useRequest({
    onSuccess: () => router.push("/flashcards/study"),
    leavesPage: true,
  });
  return (
    <span className={cx("inline-flex flex-col items-start gap-1", className)}>
      <button
        type="button"
        disabled={!interactive}
        onClick={() =>
          run(() =>
            requestJson(`/api/flashcards/decks/${ALL_DECKS}`, {
              method: "PUT",
              body: { studying: true },
            }),
          )
        }
        aria-disabled={pending}
        aria-busy={pending}
        className={buttonStyles.primary}
      >
        {pending ? "Starting…" : "Start studying"}
      </button>
      {error ? (
        <Alert tone="error" compact>
          {error}
        </Alert>
      ) : null}
    </span>
  );
}
