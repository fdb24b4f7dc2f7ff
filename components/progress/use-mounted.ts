"use client";

import { useSyncExternalStore } from "react";

const noopSubscribe = () => () => {};

/**
 * False on the server and during hydration, true afterwards. Charts measure their container,
 * which has no width on the server: rendering them only once mounted avoids Recharts'
 * "width(0) and height(0)" warnings and a hydration mismatch.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
}
