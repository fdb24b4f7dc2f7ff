"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SaveCancelButtons } from "@/components/ui/save-cancel-buttons";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { CLASS_DESCRIPTION_MAX, CLASS_NAME_MAX, updateClassSchema } from "@/lib/schemas/classes";
import { TextAreaField } from "./text-area-field";

type Props = { classId: string; name: string; description: string };

/** "Edit class" opens the name and description in place; saving re-renders the page with them. */
export function EditClassForm({ classId, name: savedName, description: savedDescription }: Props) {
  const router = useRouter();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const { form, formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: updateClassSchema,
    defaultValues: { name: savedName, description: savedDescription },
    submit: (input) =>
      requestJson(`/api/classes/${encodeURIComponent(classId)}`, { method: "PATCH", body: input }),
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });

  function toggle() {
    // Reopening starts from what is saved, not from an abandoned edit.
    if (!open) form.reset({ name: savedName, description: savedDescription });
    setOpen(!open);
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
          {...formProps}
          id={formId}
          aria-label="Edit class details"
          className={`${cardStyles} mt-4 space-y-4`}
        >
          {formError ? (
            <Alert tone="error" ref={alertRef}>
              {formError}
            </Alert>
          ) : null}
          <FormField
            label="Class name"
            id="edit-class-name"
            required
            maxLength={CLASS_NAME_MAX}
            {...field("name")}
          />
          <TextAreaField
            label="Description"
            id="edit-class-description"
            maxLength={CLASS_DESCRIPTION_MAX}
            {...field("description")}
          />
          <SaveCancelButtons
            pending={pending}
            saveLabel="Save changes"
            onCancel={() => setOpen(false)}
          />
        </form>
      ) : null}
    </div>
  );
}
