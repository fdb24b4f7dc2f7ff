"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { cx } from "@/components/ui/cx";
import { FormField } from "@/components/ui/form-field";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { NAME_MAX, signUpSchema, type RoleName } from "@/lib/schemas/auth";
import {
  AuthFooterLink,
  AuthFormError,
  AuthSubmitButton,
  NewPasswordField,
} from "./auth-form-parts";

type Props = { callbackUrl: string; instructorCodeRequired: boolean };

type Fields = {
  name: string;
  email: string;
  password: string;
  role: RoleName;
  instructorCode: string;
};

const EMPTY: Fields = { name: "", email: "", password: "", role: "LEARNER", instructorCode: "" };

export function SignUpForm({ callbackUrl, instructorCodeRequired }: Props) {
  const router = useRouter();
  const { form, formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: signUpSchema,
    defaultValues: EMPTY,
    // The code field is only there for instructors: a learner sends none.
    // The browser's time zone, so days and streaks are the learner's own from the start.
    toInput: ({ instructorCode, ...fields }) => ({
      ...fields,
      instructorCode: fields.role === "INSTRUCTOR" ? instructorCode : undefined,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
    submit: (input) => requestJson("/api/users", { method: "POST", body: input }),
    onSuccess: async (_user, { email, password }) => {
      const signedIn = await signIn("credentials", {
        email,
        password,
        redirect: false,
        callbackUrl,
      }).catch(() => undefined);
      if (!signedIn || signedIn.error) {
        // The account exists: signing in by hand is all that is left to do.
        router.push(`/signin?created=1&callbackUrl=${encodeURIComponent(callbackUrl)}`);
        return;
      }
      // A full navigation, so every server component renders with the new session.
      window.location.assign(callbackUrl);
    },
    leavesPage: true,
  });
  const role = useWatch({ control: form.control, name: "role" });

  return (
    <div className="space-y-6">
      <AuthFormError error={formError} alertRef={alertRef} />
      <form {...formProps} className="space-y-4" aria-label="Create your account">
        <FormField
          label="Name"
          autoComplete="name"
          required
          maxLength={NAME_MAX}
          {...field("name")}
        />
        <FormField label="Email" type="email" autoComplete="email" required {...field("email")} />
        <NewPasswordField label="Password" {...field("password")} />
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
                <input type="radio" value={value} className="mt-0.5" {...form.register("role")} />
                <span>
                  <span className="block font-medium">{label}</span>
                  <span className="block text-slate-600 dark:text-slate-300">{help}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {role === "INSTRUCTOR" && instructorCodeRequired ? (
          <FormField
            label="Instructor code"
            autoComplete="off"
            hint="Your organisation gives instructors this code."
            {...field("instructorCode")}
          />
        ) : null}
        <AuthSubmitButton pending={pending} pendingLabel="Creating your account…">
          Create account
        </AuthSubmitButton>
      </form>
      <AuthFooterLink question="Already have an account?" href="/signin">
        Sign in
      </AuthFooterLink>
    </div>
  );
}
