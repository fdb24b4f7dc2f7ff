import { deleteSetConfirmation } from "@/lib/domain/classes/delete-set-confirmation";
import { ConfirmActionButton } from "./confirm-action-button";

type Props = {
  setId: string;
  name: string;
  kind: "quiz" | "flashcards";
  /** The questions or cards the instructor wrote in the set (they go with it); null: unknown. */
  ownItems: number | null;
  /** Why the set cannot go now (the classes it is assigned to), or null. */
  refusal: string | null;
};

/**
 * Deletes the set after a confirmation naming what goes with it, then opens the sets list,
 * which says it was deleted. The server refuses while any class has the set assigned: when the
 * page already knows it is, its reason (the classes) stands in place of the button, rather than
 * a confirmation that "cannot be undone" followed by a refusal. Assigned in between, the
 * server's reason shows under the button.
 */
export function DeleteSetButton({ setId, refusal, ...set }: Props) {
  if (refusal)
    return (
      <p className="max-w-sm text-sm text-slate-600 dark:text-slate-400">
        <span className="font-medium text-slate-800 dark:text-slate-200">Delete set: </span>
        {refusal}
      </p>
    );
  return (
    <ConfirmActionButton
      url={`/api/sets/${encodeURIComponent(setId)}`}
      method="DELETE"
      label="Delete set"
      confirmMessage={deleteSetConfirmation(set)}
      redirectTo="/sets?deleted=1"
      tone="danger"
    />
  );
}
