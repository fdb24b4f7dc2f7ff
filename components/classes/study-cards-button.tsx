import { Link } from "@/components/ui/link";
import { buttonStyles } from "@/components/ui/styles";

/**
 * Opens a study session of exactly the assignment's cards (not the learner's decks); the
 * study page checks that the learner may study it.
 */
export function StudyCardsButton({
  assignmentId,
  srLabel,
}: {
  assignmentId: string;
  srLabel?: string;
}) {
  return (
    <Link
      href={`/flashcards/study?assignment=${encodeURIComponent(assignmentId)}`}
      className={buttonStyles.primary}
    >
      Study cards
      {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
    </Link>
  );
}
