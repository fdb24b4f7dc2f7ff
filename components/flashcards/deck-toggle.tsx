"use client";

import { useRouter } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";

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
  const label = studying ? "Remove from my study" : "Add to my study";
  return (
    <RequestButton
      send={() =>
        requestJson(`/api/flashcards/decks/${encodeURIComponent(deckId)}`, {
          method: "PUT",
          body: { studying: !studying },
        })
      }
      onSuccess={() => router.refresh()}
      boxClassName="shrink-0 sm:items-end"
      className={cx(studying ? buttonStyles.ghost : buttonStyles.secondary, "whitespace-nowrap")}
      // The name starts with what is seen; the deck tells same-labelled buttons apart.
      aria-label={`${label}: ${deckName}`}
    >
      {label}
    </RequestButton>
  );
}
