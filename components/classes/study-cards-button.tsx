"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/styles";
import { sendRequest } from "./send-request";

type StudyPlan = { deckIds: string[]; cardIds: string[]; reviewedCardIds: string[] };

/**
 * Flashcard assignments are studied in the ordinary flashcard study: the route adds the set's decks
 * to the learner's study, then this opens that deck (or all decks when the set spans several).
 */
export function StudyCardsButton({
  assignmentId,
  srLabel,
}: {
  assignmentId: string;
  srLabel?: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function study() {
    setPending(true);
    setError(undefined);
    const result = await sendRequest<StudyPlan>(`/api/assignments/${assignmentId}/study`, "POST");
    if (!result.ok) {
      setError(result.error);
      setPending(false);
      return;
    }
    const [only, ...others] = result.data.deckIds;
    router.push(
      only && others.length === 0
        ? `/flashcards/study?deck=${encodeURIComponent(only)}`
        : "/flashcards/study",
    );
  }

  return (
    <div>
      <button
        type="button"
        onClick={study}
        disabled={pending}
        aria-busy={pending}
        className={buttonStyles.primary}
      >
        {pending ? "Opening…" : "Study cards"}
        {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
