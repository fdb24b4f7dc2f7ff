"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { TextAreaField } from "@/components/classes/text-area-field";
import { Alert } from "@/components/ui/alert";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { customCardSchema } from "@/lib/schemas/custom-questions";

type Props = {
  setId: string;
  /** The card to edit; a new card when absent. */
  cardId?: string;
  initial?: { front: string; back: string };
};

/**
 * Writes or edits one of the instructor's cards. A new card clears the form for the next one
 * and puts focus back on its front; an edit returns to the set.
 */
export function CustomCardForm({ setId, cardId, initial = { front: "", back: "" } }: Props) {
  const router = useRouter();
  const base = `/api/sets/${encodeURIComponent(setId)}/cards`;
  // Cards added so far: focus returns to the front once the cleared form has rendered.
  const [added, setAdded] = useState(0);
  const { form, formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: customCardSchema,
    defaultValues: initial,
    submit: (input) =>
      cardId
        ? requestJson(`${base}/${encodeURIComponent(cardId)}`, { method: "PUT", body: input })
        : requestJson(base, { method: "POST", body: input }),
    onSuccess: () => {
      if (cardId) {
        router.push(`/sets/${encodeURIComponent(setId)}?saved=card`);
        return;
      }
      form.reset({ front: "", back: "" });
      setAdded((n) => n + 1);
      router.refresh();
    },
    leavesPage: Boolean(cardId),
  });
  useEffect(() => {
    // Not in onSuccess: reset() drops the fields' registrations until the next render, so
    // setFocus there finds no field and focus is left on the (disabled) button.
    if (added > 0) form.setFocus("front");
  }, [added, form]);

  return (
    <form
      {...formProps}
      aria-label={cardId ? "Edit card" : "Write a card"}
      className={`${cardStyles} space-y-4`}
    >
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      <TextAreaField label="Front" id="card-front-field" rows={2} required {...field("front")} />
      <TextAreaField label="Back" id="card-back-field" rows={3} required {...field("back")} />
      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : cardId ? "Save card" : "Add card"}
      </button>
    </form>
  );
}
