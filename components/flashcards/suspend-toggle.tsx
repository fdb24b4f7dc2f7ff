"use client";

import { useRouter } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";

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
  const label = suspended ? "Unsuspend" : "Suspend";
  return (
    <RequestButton
      send={() =>
        requestJson(`/api/flashcards/cards/${encodeURIComponent(cardId)}/suspension`, {
          method: "PUT",
          body: { suspended: !suspended },
        })
      }
      onSuccess={() => {
        onChange?.(!suspended);
        router.refresh();
      }}
      className={cx(buttonStyles.ghost, "-ml-3 whitespace-nowrap")}
      aria-label={`${label}: ${front}`}
    >
      {label}
    </RequestButton>
  );
}
