"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { cardStyles } from "@/components/ui/styles";
import type { useJsonForm } from "@/lib/client/use-json-form";

type Props = {
  /** The form's useJsonForm: its <form> props and its one alert. */
  jsonForm: Pick<ReturnType<typeof useJsonForm>, "formProps" | "alertRef" | "formError">;
  /** The form's accessible name. */
  label: string;
  children: ReactNode;
};

/** The frame of the card and question forms: a card that shows what kept a save back. */
export function SetItemForm({
  jsonForm: { formProps, alertRef, formError },
  label,
  children,
}: Props) {
  return (
    <form {...formProps} aria-label={label} className={`${cardStyles} space-y-4`}>
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      {children}
    </form>
  );
}
