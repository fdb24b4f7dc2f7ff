/**
 * The service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) and served
 * at /serwist/sw.js. It precaches the app shell (the build's static scripts and styles, the
 * icon, the manifest and /offline.html), keeps the pages of lib/service-worker/offline-routes.ts
 * network first, and answers any other page with /offline.html when there is no network.
 */
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry } from "serwist";
import { isOfflinePage, isPageRequest, OFFLINE_PAGE, PAGES_CACHE } from "./offline-routes";

declare const self: {
  __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  location: Location;
};

const origin = self.location.origin;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, request }) => isPageRequest(request) && isOfflinePage(url, origin),
      // Three seconds of silence count as offline: the copy is better than a hanging page.
      handler: new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: 3 }),
    },
    {
      matcher: ({ url, request }) => url.origin === origin && isPageRequest(request),
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
