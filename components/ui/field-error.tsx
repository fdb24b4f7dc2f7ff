/** The id of a control's error message, for its aria-describedby. */
export function fieldErrorId(controlId: string): string {
  return `${controlId}-error`;
}

/**
 * The one place a field's error is rendered: under its control, tied to it by id (the control
 * names it in aria-describedby and sets aria-invalid). Nothing when there is no message.
 */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-600 dark:text-red-400">
      {message}
    </p>
  );
}
