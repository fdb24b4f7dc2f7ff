"use client";

import { useRouter } from "next/navigation";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { ALL_DECKS } from "@/lib/domain/flashcards/all-decks";

/** A new learner's one click from home: study every deck, then open the study session. */
export function StartStudyingButton({ className }: { className?: string }) {
  const router = useRouter();
  return (
    <RequestButton
      send={() =>
        requestJson(`/api/flashcards/decks/${ALL_DECKS}`, {
          method: "PUT",
          body: { studying: true },
        })
      }
      onSuccess={() => router.push("/flashcards/study")}
      leavesPage
      boxClassName={className}
      className={buttonStyles.primary}
    >
      {(pending) => (pending ? "Starting…" : "Start studying")}
    </RequestButton>
  );
}
