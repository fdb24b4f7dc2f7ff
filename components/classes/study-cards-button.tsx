"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";

type StudyPlan = {
  deckIds: string[];
  cardIds: string[];
  reviewedCardIds: string[];
  writtenCards: number;
};

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
  const { pending, error, run } = useRequest<StudyPlan>({
    onSuccess: ({ deckIds: [only, ...others], writtenCards }) =>
      router.push(
        // The instructor's own cards are studied with "your decks", not in a programme's deck.
        only && others.length === 0 && writtenCards === 0
          ? `/flashcards/study?deck=${encodeURIComponent(only)}`
          : "/flashcards/study",
      ),
    leavesPage: true,
  });

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() =>
          run(() =>
            requestJson(`/api/assignments/${encodeURIComponent(assignmentId)}/study`, {
              method: "POST",
            }),
          )
        }
        disabled={pending}
        aria-busy={pending}
        className={buttonStyles.primary}
      >
        {pending ? "Opening…" : "Study cards"}
        {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
      </button>
      {error ? (
        <Alert tone="error" compact>
          {error}
        </Alert>
      ) : null}
    </div>
  );
}
