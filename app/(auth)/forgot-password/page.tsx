import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { cardStyles, linkStyles } from "@/components/ui/styles";
import { EMAIL_MAX } from "@/lib/schemas/auth";
import { NO_MAIL } from "@/lib/server/auth/password-reset";
import { mailDelivery } from "@/lib/server/mail/send-mail";

export const metadata: Metadata = { title: "Forgot your password?" };

export default async function ForgotPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { email } = await searchParams;
  // The address typed on the sign-in form, when it came from there.
  const initialEmail = typeof email === "string" ? email.trim().slice(0, EMAIL_MAX) : "";
  return (
    <div className={cardStyles}>
      <h1 className="mb-1 text-2xl font-bold">Forgot your password?</h1>
      {mailDelivery() === "none" ? (
        <div className="mt-4 space-y-4">
          <Alert>{NO_MAIL}</Alert>
          <p className="text-sm">
            <Link href="/signin" className={linkStyles}>
              Back to sign in
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
            Give your account&apos;s email address and we will email you a link to choose a new one.
          </p>
          <ForgotPasswordForm initialEmail={initialEmail} />
        </>
      )}
    </div>
  );
}
