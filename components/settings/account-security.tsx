"use client";

import { signOut } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import { NewPasswordField } from "@/components/auth/auth-form-parts";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { cx } from "@/components/ui/cx";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles, cardStyles, linkStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { useRequest } from "@/lib/client/use-request";
import { changePasswordSchema } from "@/lib/schemas/account";

// Both end every session on the server; this browser's cookie is then cleared too, and the
// learner lands on the sign-in page.
const signInAgain = () => signOut({ callbackUrl: "/signin" });

/**
 * A link to choose a new password, emailed to the account's own address: for a learner who
 * has forgotten the current one, or whose account (GitHub or Google) has none yet.
 */
function EmailResetLink({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [sent, setSent] = useState<{ minutes: number } | null>(null);
  // The button goes: focus moves to the message that replaces it, which is read out.
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);
  if (sent)
    return (
      <Alert tone="success" ref={sentRef}>
        {`We have emailed a link to ${email}. It works once, for ${sent.minutes} minutes.`}
      </Alert>
    );
  return (
    <div
      className={cx(
        "flex max-w-xl flex-wrap items-baseline gap-x-2 text-sm text-slate-600",
        "dark:text-slate-400",
      )}
    >
      {hasPassword
        ? "Forgotten your current password?"
        : "This account signs in with GitHub or Google and has no password. To have one too:"}
      <RequestButton
        className={linkStyles}
        send={() =>
          requestJson<{ minutes: number }>("/api/password-reset", {
            method: "POST",
            body: { email },
          })
        }
        onSuccess={setSent}
      >
        {(pending) => (pending ? "Sending…" : "Email me a link to choose a new one")}
      </RequestButton>
    </div>
  );
}

/** Settings' "Sign-in and security": change the password, or sign out on every device. */
export function AccountSecurity({
  hasPassword,
  email,
  canEmail,
}: {
  hasPassword: boolean;
  email: string;
  /** Whether the server sends email (password-reset links). */
  canEmail: boolean;
}) {
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
          <NewPasswordField
            label="New password"
            note="Changing it signs you out on every device, this one included."
            {...field("newPassword")}
          />
          <button type="submit" className={buttonStyles.primary} aria-busy={pending}>
            {pending ? "Changing…" : "Change password"}
          </button>
        </form>
      ) : null}
      {canEmail ? (
        <EmailResetLink email={email} hasPassword={hasPassword} />
      ) : hasPassword ? null : (
        <p className="max-w-xl text-sm text-slate-600 dark:text-slate-400">
          This account signs in with GitHub or Google and has no password.
        </p>
      )}
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
