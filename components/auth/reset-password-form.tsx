"use client";

import { useRouter } from "next/navigation";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { resetPasswordSchema } from "@/lib/schemas/password-reset";
import {
  AuthFooterLink,
  AuthFormError,
  AuthSubmitButton,
  NewPasswordField,
} from "./auth-form-parts";

/** Chooses the new password for the account an emailed link is for. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const { formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: resetPasswordSchema,
    defaultValues: { password: "" },
    toInput: ({ password }) => ({ token, password }),
    submit: (input) => requestJson("/api/password-reset", { method: "PUT", body: input }),
    // The sign-in page says the password is changed.
    onSuccess: () => router.push("/signin?reset=1"),
    leavesPage: true,
  });
  return (
    <div className="space-y-6">
      <AuthFormError error={formError} alertRef={alertRef} />
      <form {...formProps} className="space-y-4" aria-label="Choose a new password">
        {/* The account's address, for password managers to file the new password under. */}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <NewPasswordField label="New password" {...field("password")} />
        <AuthSubmitButton pending={pending} pendingLabel="Saving…">
          Save the new password
        </AuthSubmitButton>
      </form>
      <AuthFooterLink question="Link not working?" href="/forgot-password">
        Ask for a new one
      </AuthFooterLink>
    </div>
  );
}
