"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";

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
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function start() {
    setPending(true);
    setError(undefined);
    const result = await requestJson<{ attemptId: string }>(url, {
      method: "POST",
      body: body ?? {},
    });
    if (result.kind === "ok") {
      // Stay "pending" while the next page loads so the button cannot start a second quiz.
      router.push(`/quizzes/${result.data.attemptId}`);
      return;
    }
    setError(
      result.kind === "rejected"
        ? result.error
        : "We could not start the quiz. Check your connection and try again.",
    );
    setPending(false);
  }

  return (
    <div>
      <button
        type="button"
        onClick={start}
        disabled={pending}
        aria-busy={pending}
        className={buttonStyles.primary}
      >
        {pending ? "Starting…" : label}
        {srLabel ? <span className="sr-only"> {srLabel}</span> : null}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
