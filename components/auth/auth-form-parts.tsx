import type { ComponentProps, ReactNode, Ref } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Link } from "@/components/ui/link";
import { buttonStyles } from "@/components/ui/styles";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/auth";

/**
 * The address typed on the sign-in form, handed to "Forgot your password?" in this tab's
 * session storage rather than in the link, so it stays out of the address bar and history.
 */
const FORGOT_EMAIL_KEY = "study-forgot-password-email";

export function handOverEmail(email: string): void {
  try {
    if (email) sessionStorage.setItem(FORGOT_EMAIL_KEY, email);
    else sessionStorage.removeItem(FORGOT_EMAIL_KEY);
  } catch {
    // Storage refused (a private window's settings): the form starts empty.
  }
}

/** The address handed over, once: it is removed as it is read. */
export function takeHandedOverEmail(): string {
  try {
    const email = sessionStorage.getItem(FORGOT_EMAIL_KEY) ?? "";
    sessionStorage.removeItem(FORGOT_EMAIL_KEY);
    return email;
  } catch {
    return "";
  }
}

/** A sign-in page form's full-width submit button; says what it is doing while it does it. */
export function AuthSubmitButton({
  pending,
  pendingLabel,
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      className={`${buttonStyles.primary} w-full`}
      disabled={pending}
      aria-busy={pending}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

/** The line under such a form that leads to the next page ("New here? Create an account"). */
export function AuthFooterLink({
  question,
  href,
  children,
}: {
  question: string;
  href: string;
  children: ReactNode;
}) {
  return (
    <p className="text-center text-sm text-slate-600 dark:text-slate-400">
      {`${question} `}
      <Link
        href={href}
        className="font-semibold text-brand-700 hover:underline dark:text-brand-300"
      >
        {children}
      </Link>
    </p>
  );
}

/** The form's one error message, which takes focus when no field is at fault. */
export function AuthFormError({
  error,
  alertRef,
}: {
  error: string | undefined;
  alertRef: Ref<HTMLDivElement>;
}) {
  return error ? (
    <Alert tone="error" ref={alertRef}>
      {error}
    </Alert>
  ) : null;
}

/** The length rule, as the field tells it before anything is typed. */
export const PASSWORD_RULE = `At least ${PASSWORD_MIN} characters.`;

/**
 * A field for choosing a password, with its length rule told once and checked. The rule is the
 * hint until the field has a message, which takes its place under the field and in its
 * aria-describedby: a password refused for its length is told the rule by the message itself
 * ("Use at least 8 characters."), and the hint beside it said it a second time. A `note` (what
 * saving it does) stays under the field either way.
 */
export function NewPasswordField({
  error,
  note,
  ...props
}: Omit<ComponentProps<typeof FormField>, "type" | "hint"> & { note?: string }) {
  const hint = [error ? undefined : PASSWORD_RULE, note].filter(Boolean).join(" ");
  return (
    <FormField
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={hint || undefined}
      error={error}
      {...props}
    />
  );
}
