// Runs in the browser: a practice answer typed or picked but not yet checked. It never leaves
// the device until "Check answer" (a checked practice answer is final), so it is kept in
// localStorage, one key per attempt and question position, and shown as a draft after a reload.
import { draftKey as keyOf } from "@/lib/client/offline-storage-keys";
import { ResponseSchema } from "@/lib/domain/questions/response-schema";
import type { Response } from "@/lib/domain/questions/types";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage blocked (private mode, policy): drafts live only in memory
  }
}

export function saveDraft(attemptId: string, position: number, response: Response | null) {
  const store = storage();
  if (!store) return;
  try {
    if (response) store.setItem(keyOf(attemptId, position), JSON.stringify(response));
    else store.removeItem(keyOf(attemptId, position));
  } catch {
    // Quota exceeded: the draft stays in memory only.
  }
}

export function clearDraft(attemptId: string, position: number) {
  saveDraft(attemptId, position, null);
}

/** The drafts kept for these positions; anything unreadable is dropped. */
export function loadDrafts(attemptId: string, positions: readonly number[]): [number, Response][] {
  const store = storage();
  if (!store) return [];
  return positions.flatMap((position): [number, Response][] => {
    const raw = store.getItem(keyOf(attemptId, position));
    if (!raw) return [];
    try {
      const parsed = ResponseSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return [[position, parsed.data as Response]];
    } catch {
      // fall through: a corrupt draft is removed
    }
    store.removeItem(keyOf(attemptId, position));
    return [];
  });
}
