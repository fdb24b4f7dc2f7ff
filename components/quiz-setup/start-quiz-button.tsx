"use client";

import { useRouter } from "next/navigation";
import { RequestButton } from "@/components/ui/request-button";
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
  // Stays busy while the next page loads, so the button cannot start a second quiz.
  return (
    <RequestButton<{ attemptId: string }>
      send={() => requestJson(url, { method: "POST", body: body ?? {} })}
      onSuccess={({ attemptId }) => router.push(`/quizzes/${attemptId}`)}
      leavesPage
      className={buttonStyles.primary}
    >
      {(pending) => (
        <>
          {pending ? "Starting…" : label}
          {srLabel ? <span className="sr-only">{` ${srLabel}`}</span> : null}
        </>
      )}
    </RequestButton>
  );
}
