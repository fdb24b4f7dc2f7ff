import type { Metadata } from "next";
import { connection } from "next/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { cardStyles, linkStyles } from "@/components/ui/styles";
import { NO_MAIL } from "@/lib/server/auth/password-reset";
import { mailDelivery } from "@/lib/server/mail/send-mail";

export const metadata: Metadata = { title: "Forgot your password?" };

export default async function ForgotPasswordPage() {
  // Rendered per request: whether this server sends email is read from its environment when it
  // runs, never baked in at build time.
  await connection();
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
          <ForgotPasswordForm />
        </>
      )}
    </div>
  );
}
