"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { TextAreaField } from "@/components/classes/text-area-field";
import { buttonStyles } from "@/components/ui/styles";
import { useJsonForm } from "@/lib/client/use-json-form";
import { customCardSchema } from "@/lib/schemas/custom-questions";
import { saveSetItem } from "./save-set-item";
import { SetItemForm } from "./set-item-form";

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
  // Cards added so far: focus returns to the front once the cleared form has rendered.
  const [added, setAdded] = useState(0);
  const jsonForm = useJsonForm({
    schema: customCardSchema,
    defaultValues: initial,
    submit: (input) => saveSetItem(setId, "cards", cardId, input),
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
  const { form, pending, field } = jsonForm;
  useEffect(() => {
    // Not in onSuccess: reset() drops the fields' registrations until the next render, so
    // setFocus there finds no field and focus is left on the (disabled) button.
    if (added > 0) form.setFocus("front");
  }, [added, form]);

  return (
    <SetItemForm jsonForm={jsonForm} label={cardId ? "Edit card" : "Write a card"}>
      <TextAreaField label="Front" id="card-front-field" rows={2} required {...field("front")} />
      <TextAreaField label="Back" id="card-back-field" rows={3} required {...field("back")} />
      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : cardId ? "Save card" : "Add card"}
      </button>
    </SetItemForm>
  );
}
