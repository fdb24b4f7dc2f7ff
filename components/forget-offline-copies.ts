"use client";

import { forgetPacks } from "@/lib/client/offline-storage-keys";
import { PAGES_CACHE } from "@/lib/service-worker/offline-routes";

/** Before signing out: the pages kept for offline use and the study packs leave the device. */
export async function forgetOfflineCopies(): Promise<void> {
  try {
    forgetPacks(window.localStorage);
  } catch {
    // storage blocked: nothing was kept
  }
  if ("caches" in window) await caches.delete(PAGES_CACHE).catch(() => false);
}
