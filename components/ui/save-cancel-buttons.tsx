import { buttonStyles } from "./styles";

type Props = {
  /** The form is being sent: the save button is busy and says so. */
  pending: boolean;
  /** The save button's words: "Save changes", "Save name". */
  saveLabel: string;
  onCancel: () => void;
};

/** The submit and Cancel buttons of a form opened in place (class, assignment, set name). */
export function SaveCancelButtons({ pending, saveLabel, onCancel }: Props) {
  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : saveLabel}
      </button>
      <button type="button" className={buttonStyles.ghost} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
