"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/styles";

/** Starts a new attempt from the questions missed in this one. */
export function RetryMissedButton({ attemptId, missed }: { attemptId: string; missed: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function retry() {
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch(`/api/quiz-attempts/${attemptId}/retry`, { method: "POST" });
      const body = (await response.json().catch(() => null)) as { ok: true; data: { attemptId: string } } | { ok: false; error: string } | null;
      if (body?.ok) {
        router.push(`/quizzes/${body.data.attemptId}`);
        return;
      }
      setError(body && !body.ok ? body.error : "The retry could not be started.");
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }
  return (
    <div>
      <button type="button" onClick={retry} disabled={pending} className={buttonStyles.primary}>
        {pending ? "Starting…" : `Retry the ${missed} I missed`}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
