"use client";

import { useRouter } from "next/navigation";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles } from "@/components/ui/styles";
import { forgetQuizAttempts } from "@/lib/client/offline-storage-keys";
import { focusHeadingWhenGone } from "@/lib/client/focus-heading";
import { requestJson } from "@/lib/client/request-json";
import { discardMessage } from "./discard-message";

type Props = {
  attemptId: string;
  /** The attempt's name, completing the button's accessible name. */
  name: string;
  mode: "practice" | "exam";
  answered: number;
};

/**
 * "Discard" for an unfinished quiz on /quizzes, asked first (what happens to its answers is in
 * the question); the list is read again afterwards, and the device forgets what it kept of it.
 */
export function DiscardAttemptButton({ attemptId, name, mode, answered }: Props) {
  const router = useRouter();
  return (
    <RequestButton
      send={() =>
        requestJson(`/api/quiz-attempts/${encodeURIComponent(attemptId)}`, { method: "DELETE" })
      }
      onSuccess={() => {
        try {
          forgetQuizAttempts(window.localStorage, attemptId);
        } catch {
          // storage blocked: nothing was kept
        }
        // The button goes with its row: focus moves to the page's heading.
        focusHeadingWhenGone(document.activeElement);
        router.refresh();
      }}
      confirmMessage={discardMessage(mode, answered)}
      className={buttonStyles.ghost}
    >
      Discard<span className="sr-only"> {name}</span>
    </RequestButton>
  );
}
