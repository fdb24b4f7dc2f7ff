import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { cardStyles } from "@/components/ui/styles";
import { safeCallbackUrl } from "@/lib/domain/auth/safe-callback-url";
import { parseTooManyAttempts, tooManySignInsMessage } from "@/lib/domain/auth/wait-message";
import { getOAuthProviders } from "@/lib/server/auth/auth-options";
import { getCurrentUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

// next-auth reports failures through ?error=; only a few are worth a specific message.
const ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That email already has an account. Sign in with your password instead.",
  CredentialsSignin: "Incorrect email or password.",
  SessionRequired: "Please sign in to continue.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const errorKey = typeof params.error === "string" ? params.error : undefined;
  const wait = parseTooManyAttempts(errorKey);
  const initialError = !errorKey
    ? undefined
    : wait !== null
      ? tooManySignInsMessage(wait)
      : (ERRORS[errorKey] ?? "Sign-in failed. Please try again.");
  const notice = params.created
    ? "Your account is ready. Sign in to continue."
    : params.reset
      ? "Your password is changed, and every session signed out. Sign in with the new one."
      : undefined;
  const oauthProviders = getOAuthProviders().map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className={cardStyles}>
      <h1 className="mb-1 text-2xl font-bold">Sign in</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        Welcome back. Pick up where you left off.
      </p>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={initialError}
        notice={notice}
        oauthProviders={oauthProviders}
      />
    </div>
  );
}
