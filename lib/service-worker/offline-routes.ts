/**
 * Which requests the service worker keeps a copy of (lib/service-worker/sw.ts). Pure, so the
 * rules are unit-tested without a browser.
 *
 * - Pages readable offline, network first with the last copy as fallback: the home page, the
 *   library, the flashcard study page and a quiz being taken (`/quizzes/<id>`). The learner's
 *   own pages are kept on their device only; signing out deletes the copies.
 * - Every other page needs the server: offline it gets `/offline.html` ("You are offline").
 * - The JSON API is never cached: its answers are `no-store` and belong to one signed-in user.
 *   The offline flashcard review keeps what it needs itself (lib/client/offline-review-queue.ts).
 */
export const PAGES_CACHE = "pages";
export const OFFLINE_PAGE = "/offline.html";

const QUIZ_PAGES = /^\/quizzes\/(?!new$)[^/]+$/;

/** True for a same-origin page the learner may reopen offline. */
export function isOfflinePage(url: URL, origin: string): boolean {
  if (url.origin !== origin) return false;
  const path = url.pathname;
  return (
    path === "/" ||
    path === "/library" ||
    path.startsWith("/library/") ||
    path === "/flashcards/study" ||
    QUIZ_PAGES.test(path)
  );
}

/** A request for a whole HTML page (a navigation, or our own "keep this page" fetch). */
export function isPageRequest(request: {
  method: string;
  mode: string;
  headers: { get(name: string): string | null };
}): boolean {
  if (request.method !== "GET") return false;
  // Next's client-side navigations fetch React Server Component payloads, not HTML.
  if (request.headers.get("RSC") !== null) return false;
  return request.mode === "navigate" || (request.headers.get("Accept") ?? "").includes("text/html");
}

/**
 * Whether the page must ask the worker to keep a copy of itself (`CACHE_URLS`, which makes the
 * worker fetch the page again). A page opened as a document while the worker controlled it came
 * through the worker's network-first route, which kept the copy already: asking again rendered
 * the page a second time on the server. Pages reached by client-side navigation fetched no HTML,
 * and a document opened before the worker took control was not kept, so both still ask.
 */
export function mustAskToKeep({
  firstRender,
  controlled,
}: {
  /** The first render of the document (not a client-side navigation within it). */
  firstRender: boolean;
  /** Whether a service worker controlled the document when it rendered first. */
  controlled: boolean;
}): boolean {
  return !(firstRender && controlled);
}
