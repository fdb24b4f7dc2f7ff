"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";

type Props = {
  /** The endpoint that creates the attempt (POST; answers { attemptId }). */
  url: string;
  body?: unknown;
  label: string;
  /** Completes the accessible name where a page has several such buttons. */
  srLabel?: string;
};

/** One click to a new quiz attempt: starts it on the server, then opens it. */
export function StartQuizButton({ url, body, label, srLabel }: Props) {
  const router = useRouter();
  // Stays pending while the next page loads, so the button cannot start a second quiz.
  const { pending, error, run } = useRequest<{ attemptId: string }>({
    onSuccess: ({ attemptId }) => router.push(`/quizzes/${attemptId}`),
    leavesPage: true,
  });

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => run(() => requestJson(url, { method: "POST", body: body ?? {} }))}
        disabled={pending}
        aria-busy={pending}
        className={buttonStyles.primary}
      >
        {pending ? "Starting…" : label}
        {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
      </button>
      {error ? (
        <Alert tone="error" compact>
          {error}
        </Alert>
      ) : null}
    </div>
  );
}
