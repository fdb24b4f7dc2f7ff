"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/styles";
import { signInSchema } from "@/lib/schemas/auth";

type Props = {
  callbackUrl: string;
  initialError?: string;
  notice?: string;
  oauthProviders: { id: string; name: string }[];
};

const TOO_MANY = "Too many wrong attempts for this email. Wait 15 minutes and try again.";
export const WRONG_CREDENTIALS = "Incorrect email or password.";

export function SignInForm({ callbackUrl, initialError, notice, oauthProviders }: Props) {
  const [error, setError] = useState(initialError);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(parsed.error.flatten().fieldErrors);
      setError(undefined);
      return;
    }
    setFieldErrors({});
    setError(undefined);
    setPending(true);
    try {
      const result = await signIn("credentials", { ...input, redirect: false, callbackUrl });
      if (!result || result.error) {
        setError(result?.error === "TooManyAttempts" ? TOO_MANY : WRONG_CREDENTIALS);
        setPending(false);
        return;
      }
      // A full navigation, so every server component renders with the new session.
      window.location.assign(callbackUrl);
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
        <FormField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          errors={fieldErrors.email}
        />
        <FormField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={fieldErrors.password}
        />
        <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
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
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        New here?{" "}
        <Link
          href={
            callbackUrl === "/"
              ? "/signup"
              : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`
          }
          className="font-semibold text-brand-700 hover:underline dark:text-brand-300"
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
