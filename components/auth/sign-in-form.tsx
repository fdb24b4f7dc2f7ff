"use client";

import { Link } from "@/components/ui/link";
import { signIn } from "next-auth/react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles, linkStyles } from "@/components/ui/styles";
import { OFFLINE_MESSAGE, type RequestResult } from "@/lib/client/request-json";
import { parseTooManyAttempts, tooManySignInsMessage } from "@/lib/domain/auth/wait-message";
import { useJsonForm } from "@/lib/client/use-json-form";
import { signInSchema } from "@/lib/schemas/auth";
import { AuthFooterLink, AuthFormError, AuthSubmitButton, handOverEmail } from "./auth-form-parts";

type Props = {
  callbackUrl: string;
  initialError?: string;
  notice?: string;
  oauthProviders: { id: string; name: string }[];
};

export const WRONG_CREDENTIALS = "Incorrect email or password.";

/** next-auth's credentials sign-in, told in requestJson's terms so the form shows it alike. */
async function signInWithPassword(
  credentials: { email: string; password: string },
  callbackUrl: string,
): Promise<RequestResult<null>> {
  try {
    const result = await signIn("credentials", { ...credentials, redirect: false, callbackUrl });
    if (result && !result.error) return { kind: "ok", data: null };
    const wait = parseTooManyAttempts(result?.error);
    const error = wait === null ? WRONG_CREDENTIALS : tooManySignInsMessage(wait);
    return { kind: "rejected", status: result?.status ?? 401, error, fieldErrors: {} };
  } catch {
    return { kind: "retry", status: null, error: OFFLINE_MESSAGE };
  }
}

export function SignInForm({ callbackUrl, initialError, notice, oauthProviders }: Props) {
  const { form, formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    // signIn() is the submit: next-auth owns the request, the form everything around it.
    submit: (credentials) => signInWithPassword(credentials, callbackUrl),
    // A full navigation, so every server component renders with the new session.
    onSuccess: () => window.location.assign(callbackUrl),
    leavesPage: true,
  });
  // The page's own message (a failed OAuth sign-in, say) until the form has been sent.
  const error = formError ?? (form.formState.submitCount === 0 ? initialError : undefined);

  return (
    <div className="space-y-6">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <AuthFormError error={error} alertRef={alertRef} />
      <form {...formProps} className="space-y-4" aria-label="Sign in">
        <FormField label="Email" type="email" autoComplete="email" required {...field("email")} />
        <FormField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          {...field("password")}
        />
        <p className="-mt-2 text-right text-sm">
          <Link
            href="/forgot-password"
            className={linkStyles}
            onClick={() => handOverEmail(form.getValues("email").trim())}
          >
            Forgot your password?
          </Link>
        </p>
        <AuthSubmitButton pending={pending} pendingLabel="Signing in…">
          Sign in
        </AuthSubmitButton>
      </form>
      {oauthProviders.length ? (
        <div className="space-y-2">
          <p className="text-center text-sm text-slate-500">or</p>
          {oauthProviders.map((provider) => (
            <button
              key={provider.id}
              type="button"
              className={`${buttonStyles.secondary} w-full`}
              onClick={() => void signIn(provider.id, { callbackUrl })}
            >
              Continue with {provider.name}
            </button>
          ))}
        </div>
      ) : null}
      <AuthFooterLink
        question="New here?"
        href={
          callbackUrl === "/" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`
        }
      >
        Create an account
      </AuthFooterLink>
    </div>
  );
}
