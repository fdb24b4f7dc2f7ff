import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { cardStyles, linkStyles } from "@/components/ui/styles";
import { RESET_TOKEN_PATTERN } from "@/lib/schemas/password-reset";
import {
  LINK_NOT_USABLE,
  NO_LINK,
  NO_MAIL,
  resetLinkAccount,
} from "@/lib/server/auth/password-reset";
import { mailDelivery } from "@/lib/server/mail/send-mail";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const account =
    typeof token === "string" && RESET_TOKEN_PATTERN.test(token)
      ? await resetLinkAccount(token)
      : null;
  return (
    <div className={cardStyles}>
      <h1 className="mb-1 text-2xl font-bold">Choose a new password</h1>
      {account && typeof token === "string" ? (
        <>
          <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
            {`For ${account.email}. Saving it signs you out everywhere; then sign in with it.`}
          </p>
          <ResetPasswordForm token={token} email={account.email} />
        </>
      ) : (
        <div className="mt-4 space-y-4">
          <Alert tone="error">{token ? LINK_NOT_USABLE : NO_LINK}</Alert>
          {/* Without email, the request page cannot send a link: say who can make one. */}
          {mailDelivery() === "none" ? (
            <p className="text-sm">{NO_MAIL}</p>
          ) : (
            <p className="text-sm">
              <Link href="/forgot-password" className={linkStyles}>
                Ask for a new link
              </Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
