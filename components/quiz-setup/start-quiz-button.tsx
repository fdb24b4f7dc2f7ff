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
  /** Asked first (window.confirm) where starting spends something, e.g. a limited attempt. */
  confirmMessage?: string;
};

/** One click to a new quiz attempt (or a confirmed one): starts it on the server, opens it. */
export function StartQuizButton({ url, body, label, srLabel, confirmMessage }: Props) {
  const router = useRouter();
  // Stays busy while the next page loads, so the button cannot start a second quiz.
  return (
    <RequestButton<{ attemptId: string }>
      send={() => requestJson(url, { method: "POST", body: body ?? {} })}
      onSuccess={({ attemptId }) => router.push(`/quizzes/${attemptId}`)}
      leavesPage
      confirmMessage={confirmMessage}
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
