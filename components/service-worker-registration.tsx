"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { isOfflinePage, mustAskToKeep } from "@/lib/service-worker/offline-routes";

export const SERVICE_WORKER_URL = "/serwist/sw.js";

/** Asks the service worker to keep a copy of this page (client-side navigations fetch no HTML). */
async function keepPageOffline(href: string): Promise<void> {
  const url = new URL(href);
  if (!navigator.onLine || !isOfflinePage(url, location.origin)) return;
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({
    type: "CACHE_URLS",
    payload: { urlsToCache: [[url.href, { headers: { Accept: "text/html" } }]] },
  });
}

/**
 * Registers the service worker (production builds only: `next dev` rebuilds too often for a
 * cache to help) and, on every page the learner opens, asks it to keep the page for offline
 * use when it is one of the offline pages and the worker has not kept it on its way in
 * (`mustAskToKeep`).
 */
export function ServiceWorkerRegistration() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const enabled = process.env.NODE_ENV === "production";
  // Whether the worker controlled this document when it first rendered (null until then).
  const controlledAtLoad = useRef<boolean | null>(null);

  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    // Without a service worker the app still works online.
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" }).catch(() => undefined);
  }, [enabled]);

  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    const firstRender = controlledAtLoad.current === null;
    if (firstRender) controlledAtLoad.current = navigator.serviceWorker.controller !== null;
    if (!mustAskToKeep({ firstRender, controlled: controlledAtLoad.current === true })) return;
    void keepPageOffline(location.href).catch(() => undefined);
  }, [enabled, pathname, search]);

  return null;
}
