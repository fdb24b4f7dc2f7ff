"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/styles";

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
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function toggle() {
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch(`/api/flashcards/decks/${encodeURIComponent(deckId)}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ studying: !studying }),
      });
      if (!response.ok) setError("That did not work. Please try again.");
      else router.refresh();
    } catch {
      setError("We could not reach the server.");
    }
    setPending(false);
  }
  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        className={studying ? buttonStyles.ghost : buttonStyles.secondary}
        aria-label={`${studying ? "Stop studying" : "Study"} ${deckName}`}
      >
        {studying ? "Remove from my study" : "Add to my study"}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </span>
  );
}
