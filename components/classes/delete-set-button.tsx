import { deleteSetConfirmation } from "@/lib/domain/classes/delete-set-confirmation";
import { ConfirmActionButton } from "./confirm-action-button";

type Props = {
  setId: string;
  name: string;
  kind: "quiz" | "flashcards";
  /** The questions or cards the instructor wrote in the set (they go with it); null: unknown. */
  ownItems: number | null;
};

/**
 * Deletes the set after a confirmation naming what goes with it, then opens the sets list,
 * which says it was deleted. The server refuses while any class has the set assigned; its
 * reason (the classes) shows under the button.
 */
export function DeleteSetButton({ setId, ...set }: Props) {
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
