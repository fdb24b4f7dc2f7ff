"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SaveCancelButtons } from "@/components/ui/save-cancel-buttons";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { SET_NAME_MAX, renameSetSchema } from "@/lib/schemas/classes";

type Props = { setId: string; name: string };

/**
 * "Rename" opens the set's name in place; saving re-renders the page (heading, breadcrumb)
 * with the new one, says so, and gives focus back to the button.
 */
export function RenameSetForm({ setId, name: savedName }: Props) {
  const router = useRouter();
  const formId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [renamed, setRenamed] = useState(false);
  const { form, formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: renameSetSchema,
    defaultValues: { name: savedName },
    submit: (input) =>
      requestJson(`/api/sets/${encodeURIComponent(setId)}`, { method: "PATCH", body: input }),
    onSuccess: () => {
      setOpen(false);
      setRenamed(true);
      router.refresh();
      toggleRef.current?.focus();
    },
  });

  function toggle() {
    // Reopening starts from what is saved, not from an abandoned edit.
    if (!open) form.reset({ name: savedName });
    setRenamed(false);
    setOpen(!open);
  }

  function cancel() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <div className="w-full">
      <div className="flex flex-wrap items-center gap-2">
        <button
          ref={toggleRef}
          type="button"
          className={buttonStyles.secondary}
          aria-expanded={open}
          aria-controls={formId}
          onClick={toggle}
        >
          Rename<span className="sr-only"> set</span>
        </button>
        {renamed ? (
          <Alert tone="success" compact>
            Set renamed.
          </Alert>
        ) : null}
      </div>
      {open ? (
        <form
          {...formProps}
          id={formId}
          aria-label="Rename set"
          className={`${cardStyles} mt-4 max-w-xl space-y-4`}
        >
          {formError ? (
            <Alert tone="error" ref={alertRef}>
              {formError}
            </Alert>
          ) : null}
          <FormField
            label="Set name"
            id="rename-set-name"
            required
            maxLength={SET_NAME_MAX}
            {...field("name")}
          />
          <SaveCancelButtons pending={pending} saveLabel="Save name" onCancel={cancel} />
        </form>
      ) : null}
    </div>
  );
}
