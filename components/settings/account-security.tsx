"use client";

import { signOut } from "next-auth/react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { useRequest } from "@/lib/client/use-request";
import { changePasswordSchema } from "@/lib/schemas/account";

// Both end every session on the server; this browser's cookie is then cleared too, and the
// learner lands on the sign-in page.
const signInAgain = () => signOut({ callbackUrl: "/signin" });

/** Settings' "Sign-in and security": change the password, or sign out on every device. */
export function AccountSecurity({ hasPassword }: { hasPassword: boolean }) {
  const everywhere = useRequest({ onSuccess: signInAgain, leavesPage: true });
  const { formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: "", newPassword: "" },
    submit: (input) => requestJson("/api/account/password", { method: "PUT", body: input }),
    onSuccess: signInAgain,
    leavesPage: true,
  });

  return (
    <section aria-labelledby="security-heading" className={`${cardStyles} space-y-6`}>
      <h2 id="security-heading" className="text-lg font-semibold">
        Sign-in and security
      </h2>
      {hasPassword ? (
        <form {...formProps} className="max-w-xl space-y-4" aria-label="Change password">
          {formError ? (
            <Alert tone="error" ref={alertRef}>
              {formError}
            </Alert>
          ) : null}
          <FormField
            label="Current password"
            type="password"
            autoComplete="current-password"
            {...field("currentPassword")}
          />
          <FormField
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="Changing it signs you out on every device, this one included."
            {...field("newPassword")}
          />
          <button type="submit" className={buttonStyles.primary} aria-busy={pending}>
            {pending ? "Changing…" : "Change password"}
          </button>
        </form>
      ) : null}
      <div className="space-y-2">
        <p className="max-w-xl text-sm text-slate-600 dark:text-slate-400">
          Lost a device, or signed in on a shared computer? End every session at once.
        </p>
        {everywhere.error ? (
          <Alert tone="error" compact>
            {everywhere.error}
          </Alert>
        ) : null}
        <button
          type="button"
          className={buttonStyles.secondary}
          disabled={everywhere.pending}
          aria-busy={everywhere.pending}
          onClick={() =>
            void everywhere.run(() => requestJson("/api/account/sessions", { method: "DELETE" }))
          }
        >
          {everywhere.pending ? "Signing out…" : "Sign out everywhere"}
        </button>
      </div>
    </section>
  );
}
