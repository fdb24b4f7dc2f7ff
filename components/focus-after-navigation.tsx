"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { focusIsLost, focusMainHeading } from "@/lib/client/focus-heading";

/**
 * After a client-side navigation, when the link or button used went with the old page and
 * focus fell to <body>, focus the new page's main heading (lib/client/focus-heading.ts), as a
 * full page load would start a screen reader there. A page that moved focus itself (a form's
 * first field, a quiz's question) keeps it: its effects run before this one, which the root
 * layout renders after the page. The first load is left to the browser.
 */
export function FocusAfterNavigation() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (focusIsLost()) focusMainHeading();
  }, [pathname]);
  return null;
}
