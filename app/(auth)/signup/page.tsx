import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { cardStyles } from "@/components/ui/styles";
import { env } from "@/lib/env";
import { safeCallbackUrl } from "@/lib/domain/auth/safe-callback-url";
import { getCurrentUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className={cardStyles}>
      <h1 className="mb-1 text-2xl font-bold">Create your account</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        Study NATO&apos;s partnership programmes with quizzes and flashcards that adapt to you.
      </p>
      <SignUpForm
        callbackUrl={callbackUrl}
        instructorCodeRequired={Boolean(env.INSTRUCTOR_SIGNUP_CODE)}
      />
    </div>
  );
}
