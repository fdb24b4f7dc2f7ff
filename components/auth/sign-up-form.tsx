"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/styles";
import {
  NAME_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  signUpSchema,
  type FieldErrors,
} from "@/lib/schemas/auth";
import { cx } from "@/components/ui/cx";

type Props = { callbackUrl: string; instructorCodeRequired: boolean };

export function SignUpForm({ callbackUrl, instructorCodeRequired }: Props) {
  const router = useRouter();
  const [role, setRole] = useState<"LEARNER" | "INSTRUCTOR">("LEARNER");
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      role,
      instructorCode: role === "INSTRUCTOR" ? String(form.get("instructorCode") ?? "") : undefined,
    };
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(parsed.error.flatten().fieldErrors);
      setError("Please correct the highlighted fields.");
      return;
    }
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const response = await fetch("/api/users", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(input),
      });
      const body = (await response.json().catch(() => null)) as
        { ok: true } | { ok: false; error: string; fieldErrors?: FieldErrors } | null;
      if (!response.ok || !body?.ok) {
        setError(body && !body.ok ? body.error : "Something went wrong. Please try again.");
        setFieldErrors(body && !body.ok ? (body.fieldErrors ?? {}) : {});
        setPending(false);
        return;
      }
      const result = await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirect: false,
        callbackUrl,
      });
      if (!result || result.error) {
        router.push(`/signin?created=1&callbackUrl=${encodeURIComponent(callbackUrl)}`);
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
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create your account">
        <FormField
          label="Name"
          name="name"
          autoComplete="name"
          required
          maxLength={NAME_MAX}
          errors={fieldErrors.name}
        />
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
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          hint={`At least ${PASSWORD_MIN} characters.`}
          errors={fieldErrors.password}
        />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">I am signing up as</legend>
          <div className="grid grid-cols-2 gap-2">
            {(
              [
                ["LEARNER", "A learner", "Take quizzes and review flashcards."],
                ["INSTRUCTOR", "An instructor", "Run classes and assign sets."],
              ] as const
            ).map(([value, label, help]) => (
              <label
                key={value}
                className={cx(
                  "flex cursor-pointer gap-2 rounded-lg border border-slate-300 p-3",
                  "text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50",
                  "dark:border-slate-700 dark:has-[:checked]:bg-brand-950",
                )}
              >
                <input
                  type="radio"
                  name="role"
                  value={value}
                  checked={role === value}
                  onChange={() => setRole(value)}
                  className="mt-0.5"
                />
                <span>
                  <span className="block font-medium">{label}</span>
                  <span className="block text-slate-500 dark:text-slate-400">{help}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {role === "INSTRUCTOR" && instructorCodeRequired ? (
          <FormField
            label="Instructor code"
            name="instructorCode"
            autoComplete="off"
            hint="Your organisation gives instructors this code."
            errors={fieldErrors.instructorCode}
          />
        ) : null}
        <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={pending}>
          {pending ? "Creating your account…" : "Create account"}
        </button>
      </form>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link
          href="/signin"
          className="font-semibold text-brand-700 hover:underline dark:text-brand-300"
        >
          Sign in
        </Link>
      </p>
    </div>
  );
}
