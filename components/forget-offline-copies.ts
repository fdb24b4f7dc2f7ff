"use client";

import { requestJson } from "@/lib/client/request-json";
import { forgetPacks, forgetQuizAttempts } from "@/lib/client/offline-storage-keys";
import { sendUnsentAnswers } from "@/lib/client/send-unsent-answers";
import { PAGES_CACHE } from "@/lib/service-worker/offline-routes";

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: nothing was kept
  }
}

/**
 * Before signing out. Quiz answers not sent yet are sent now; if some cannot be (no
 * connection), `confirmLoss` asks the learner, who may stay signed in (false) to keep them.
 * Then the pages kept for offline use, the study packs and everything the quiz player kept on
 * the device (drafts, answers) leave it: on a shared computer the next user must not see them.
 */
export async function forgetOfflineCopies(
  confirmLoss: (unsent: number) => boolean,
): Promise<boolean> {
  const storage = localStorageOrNull();
  if (storage) {
    try {
      const unsent = await sendUnsentAnswers(storage, (attemptId, position, response) =>
        requestJson(`/api/quiz-attempts/${encodeURIComponent(attemptId)}/responses`, {
          method: "PUT",
          body: { position, response },
        }),
      );
      if (unsent > 0 && !confirmLoss(unsent)) return false;
      forgetPacks(storage);
      forgetQuizAttempts(storage);
    } catch {
      // storage blocked part-way: nothing more can be read or removed
    }
  }
  if ("caches" in window) await caches.delete(PAGES_CACHE).catch(() => false);
  return true;
}
