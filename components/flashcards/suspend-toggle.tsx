"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";

/**
 * Suspends a card (it leaves the learner's study until unsuspended, its schedule kept) or
 * unsuspends it, then reloads the deck's page so its counts follow.
 */
export function SuspendToggle({
  cardId,
  front,
  suspended,
  onChange,
}: {
  cardId: string;
  /** The card's front, which tells the rows' same-labelled buttons apart. */
  front: string;
  suspended: boolean;
  /** Told the card's new state before the page's data is read again. */
  onChange?: (suspended: boolean) => void;
}) {
  const router = useRouter();
  const { pending, error, run } = useRequest({
    onSuccess: () => {
      onChange?.(!suspended);
      router.refresh();
    },
  });
  const label = suspended ? "Unsuspend" : "Suspend";
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={() =>
          run(() =>
            requestJson(`/api/flashcards/cards/${encodeURIComponent(cardId)}/suspension`, {
              method: "PUT",
              body: { suspended: !suspended },
            }),
          )
        }
        // Not `disabled`: a disabled button loses focus, which then drops to the page's top.
        aria-disabled={pending}
        aria-busy={pending}
        className={cx(buttonStyles.ghost, "-ml-3 whitespace-nowrap")}
        aria-label={`${label}: ${front}`}
      >
        {label}
      </button>
      {error ? (
        <Alert tone="error" compact>
          {error}
        </Alert>
      ) : null}
    </span>
  );
}
