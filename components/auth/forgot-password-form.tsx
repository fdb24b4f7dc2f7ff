"use client";

import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Link } from "@/components/ui/link";
import { linkStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { requestPasswordResetSchema } from "@/lib/schemas/password-reset";
import {
  AuthFooterLink,
  AuthFormError,
  AuthSubmitButton,
  takeHandedOverEmail,
} from "./auth-form-parts";

type Sent = { email: string; minutes: number };

/** Asks for a link to choose a new password; says the same whether the account exists. */
export function ForgotPasswordForm() {
  const [sent, setSent] = useState<Sent | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const { form, formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: requestPasswordResetSchema,
    defaultValues: { email: "" },
    submit: (input) => requestJson<Sent>("/api/password-reset", { method: "POST", body: input }),
    onSuccess: (data) => setSent(data),
  });
  // The address typed on the sign-in form, when the learner came from there.
  useEffect(() => {
    const email = takeHandedOverEmail();
    if (email && !form.getValues("email")) form.setValue("email", email);
  }, [form]);
  // Focus follows what replaces the form, so a screen reader reads it out; and back to the
  // address when the form returns, to correct it.
  const wasSent = useRef(false);
  useEffect(() => {
    if (sent) {
      wasSent.current = true;
      sentRef.current?.focus();
    } else if (wasSent.current) form.setFocus("email");
  }, [sent, form]);

  if (sent)
    return (
      <div className="space-y-4">
        <Alert tone="success" ref={sentRef}>
          If an account uses {sent.email}, we have emailed it a link to choose a new password. The
          link works once, for {sent.minutes} minutes. No email after a few minutes? Check the spam
          folder and the address, then ask again.
        </Alert>
        <p className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <Link href="/signin" className={linkStyles}>
            Back to sign in
          </Link>
          <button type="button" className={linkStyles} onClick={() => setSent(null)}>
            Try another address
          </button>
        </p>
      </div>
    );
  return (
    <div className="space-y-6">
      <AuthFormError error={formError} alertRef={alertRef} />
      <form {...formProps} className="space-y-4" aria-label="Ask for a new password">
        <FormField label="Email" type="email" autoComplete="email" required {...field("email")} />
        <AuthSubmitButton pending={pending} pendingLabel="Sending…">
          Email me a link
        </AuthSubmitButton>
      </form>
      <AuthFooterLink question="Remembered it?" href="/signin">
        Sign in
      </AuthFooterLink>
    </div>
  );
}
