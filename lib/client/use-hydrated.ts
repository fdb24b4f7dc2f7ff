import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * false in the server's HTML and while hydrating, true once the component runs in the page: for
 * what only the browser knows (the theme) or only its script can do (a click, a key).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
