"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";

/** Adds a deck to the learner's study or takes it out (their progress on it is kept). */
export function DeckToggle({
  deckId,
  deckName,
  studying,
}: {
  deckId: string;
  deckName: string;
  studying: boolean;
}) {
  const router = useRouter();
  const { pending, error, run } = useRequest({ onSuccess: () => router.refresh() });
  const label = studying ? "Remove from my study" : "Add to my study";
  return (
    <span className="inline-flex shrink-0 flex-col items-start gap-1 sm:items-end">
      <button
        type="button"
        onClick={() =>
          run(() =>
            requestJson(`/api/flashcards/decks/${encodeURIComponent(deckId)}`, {
              method: "PUT",
              body: { studying: !studying },
            }),
          )
        }
        // Not `disabled`: a disabled button loses focus, which then drops to the page's top.
        aria-disabled={pending}
        aria-busy={pending}
        className={cx(studying ? buttonStyles.ghost : buttonStyles.secondary, "whitespace-nowrap")}
        // The name starts with what is seen; the deck tells same-labelled buttons apart.
        aria-label={`${label}: ${deckName}`}
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
