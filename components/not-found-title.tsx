"use client";

import { useEffect } from "react";

/**
 * Keeps the tab's title while the 404 page shows. Next resolves a page's metadata apart from
 * the page itself: when a page calls notFound() after a client-side navigation (and at times
 * on a direct load, when its render streams), the tab kept that page's own title ("Edit
 * question", "Quiz") over the 404 page. app/not-found.tsx's metadata covers the rest. The
 * page's title may arrive after this mounts, so it is put back whenever the head changes.
 */
export function NotFoundTitle({ title }: { title: string }) {
  useEffect(() => {
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return null;
}
