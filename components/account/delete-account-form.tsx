"use client";

import { signOut } from "next-auth/react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { LabelledField } from "@/components/ui/labelled-field";
import { inputStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { deleteAccountSchema } from "@/lib/schemas/account";

const dangerButton = cx(
  "inline-flex items-center justify-center gap-2 rounded-lg bg-red-600",
  "px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-700",
  "disabled:cursor-not-allowed disabled:opacity-60 dark:bg-red-600",
  "dark:hover:bg-red-500",
);

// The server decides; the browser only checks the typing, so the same comparison as a
// person would make (case and surrounding spaces do not matter in an email address).
function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Deletes the account after the learner types their email, then signs them out. */
export function DeleteAccountForm({ email }: { email: string }) {
  const { form, formProps, alertRef, formError, pending, errorOf } = useJsonForm({
    schema: deleteAccountSchema,
    defaultValues: { confirmEmail: "" },
    submit: (input) => requestJson("/api/account", { method: "DELETE", body: input }),
    // The account is gone; the session cookie must go too, or the next page would still
    // think someone is signed in.
    onSuccess: () => signOut({ callbackUrl: "/" }),
    leavesPage: true,
  });
  const matches = sameEmail(useWatch({ control: form.control, name: "confirmEmail" }), email);

  return (
    <form
      {...formProps}
      // Enter in the field does nothing until the address matches, like the locked button.
      onSubmit={matches ? formProps.onSubmit : (event) => event.preventDefault()}
      aria-label="Delete my account"
      className="max-w-xl space-y-4"
    >
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      <LabelledField
        label={
          <>
            Type your email address, <span className="font-mono">{email}</span>, to confirm
          </>
        }
        name="confirmEmail"
        hint="The button unlocks when the address matches."
        error={errorOf("confirmEmail")}
      >
        {(control) => (
          <input
            type="email"
            autoComplete="off"
            spellCheck={false}
            className={inputStyles}
            {...control}
            {...form.register("confirmEmail")}
          />
        )}
      </LabelledField>
      <button
        type="submit"
        disabled={!matches || pending}
        aria-busy={pending}
        className={dangerButton}
      >
        {pending ? "Deleting…" : "Delete my account permanently"}
      </button>
    </form>
  );
}
