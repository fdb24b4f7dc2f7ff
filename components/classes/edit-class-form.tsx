"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/schemas/auth";
import { CLASS_DESCRIPTION_MAX, CLASS_NAME_MAX } from "@/lib/schemas/classes";
import { sendRequest } from "./send-request";
import { TextAreaField } from "./text-area-field";

type Props = { classId: string; name: string; description: string };

/** "Edit class" opens the name and description in place; saving re-renders the page with them. */
export function EditClassForm({ classId, name: savedName, description: savedDescription }: Props) {
  const router = useRouter();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(savedName);
  const [description, setDescription] = useState(savedDescription);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function toggle() {
    // Reopening starts from what is saved, not from an abandoned edit.
    if (!open) {
      setName(savedName);
      setDescription(savedDescription);
      setError(undefined);
      setFieldErrors({});
    }
    setOpen(!open);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    const result = await sendRequest(`/api/classes/${classId}`, "PATCH", { name, description });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setOpen(false);
    router.refresh();
  }

  return (
    <div className="w-full">
      <button
        type="button"
        className={buttonStyles.secondary}
        aria-expanded={open}
        aria-controls={formId}
        onClick={toggle}
      >
        Edit class
      </button>
      {open ? (
        <form
          id={formId}
          onSubmit={onSubmit}
          aria-label="Edit class details"
          className={`${cardStyles} mt-4 space-y-4`}
        >
          {error ? <Alert tone="error">{error}</Alert> : null}
          <FormField
            label="Class name"
            name="name"
            id="edit-class-name"
            required
            maxLength={CLASS_NAME_MAX}
            value={name}
            onChange={(e) => setName(e.target.value)}
            errors={fieldErrors.name}
          />
          <TextAreaField
            label="Description"
            name="description"
            id="edit-class-description"
            maxLength={CLASS_DESCRIPTION_MAX}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            errors={fieldErrors.description}
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              className={buttonStyles.primary}
              disabled={pending}
              aria-busy={pending}
            >
              {pending ? "Saving…" : "Save changes"}
            </button>
            <button type="button" className={buttonStyles.ghost} onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
