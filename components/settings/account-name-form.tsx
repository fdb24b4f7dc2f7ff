"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { updateAccountSchema } from "@/lib/schemas/account";
import { NAME_MAX } from "@/lib/schemas/auth";

/**
 * Settings' "Your name": the name the header, class rosters and gradebooks show. Saving
 * re-renders the page (the header's account menu with it) and moves focus to the message
 * that says what the name now is, so it is read out.
 */
export function AccountNameForm({ name }: { name: string }) {
  const router = useRouter();
  // Each save is a new object, so saving the same name twice still moves focus.
  const [saved, setSaved] = useState<{ name: string } | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const { form, formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: updateAccountSchema,
    defaultValues: { name },
    submit: (input) =>
      requestJson<{ name: string }>("/api/account", { method: "PATCH", body: input }),
    onSuccess: (data) => {
      // The field shows what was stored (trimmed), and is no longer "changed".
      form.reset({ name: data.name });
      setSaved({ name: data.name });
      router.refresh();
    },
  });
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  // The message stays until the name is edited again.
  const showSaved = saved !== null && !form.formState.isDirty && !formError;

  return (
    <section aria-labelledby="name-heading" className={`${cardStyles} space-y-4`}>
      <h2 id="name-heading" className="text-lg font-semibold">
        Your name
      </h2>
      <form {...formProps} aria-label="Change your name" className="max-w-xl space-y-4">
        {formError ? (
          <Alert tone="error" ref={alertRef}>
            {formError}
          </Alert>
        ) : null}
        {showSaved ? (
          <Alert tone="success" ref={savedRef}>
            {`Name saved. You are now ${saved.name}.`}
          </Alert>
        ) : null}
        <FormField
          label="Name"
          id="account-name"
          autoComplete="name"
          required
          maxLength={NAME_MAX}
          hint="Shown at the top of every page, and to the instructors of your classes."
          {...field("name")}
        />
        <button
          type="submit"
          className={buttonStyles.primary}
          disabled={pending}
          aria-busy={pending}
        >
          {pending ? "Saving…" : "Save name"}
        </button>
      </form>
    </section>
  );
}
