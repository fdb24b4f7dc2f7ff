import { useEffect, useState, useSyncExternalStore } from "react";
import { unsentAnswersKey } from "@/lib/client/offline-storage-keys";
import { requestJson } from "@/lib/client/request-json";
import {
  IDLE_STATE,
  ResponseOutbox,
  type OutboxClock,
  type OutboxEvent,
  type OutboxStorage,
} from "@/lib/client/response-outbox";
import type { SaveResponseResult } from "@/lib/domain/quiz/player-view";

const getServerState = () => IDLE_STATE;

const browserClock: OutboxClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

function browserStorage(): OutboxStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the queue still works, in memory
  }
}

/** One autosave queue per attempt, for the life of the player; its status drives the UI. */
export function useResponseOutbox(attemptId: string, onEvent: (event: OutboxEvent) => void) {
  const [outbox] = useState(
    () =>
      new ResponseOutbox({
        storageKey: unsentAnswersKey(attemptId),
        storage: browserStorage(),
        clock: browserClock,
        random: Math.random,
        send: (position, response) =>
          requestJson<SaveResponseResult>(
            `/api/quiz-attempts/${encodeURIComponent(attemptId)}/responses`,
            // keepalive: an answer given just before the tab closes still reaches the server.
            { method: "PUT", body: { position, response }, keepalive: true },
          ),
      }),
  );
  const state = useSyncExternalStore(outbox.subscribe, outbox.getState, getServerState);
  // Declared before start(), so even the "restored" event reaches the newest handler.
  useEffect(() => {
    outbox.setListener(onEvent);
  });
  useEffect(() => {
    // The tab is going away or to the background: send what waits for a typing pause now
    // (requests use keepalive, so they survive the page).
    const flush = () => outbox.flushNow();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") outbox.flushNow();
    };
    const onOnline = () => outbox.reconnected();
    window.addEventListener("online", onOnline);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    outbox.start();
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      outbox.stop();
    };
  }, [outbox]);
  return { outbox, state };
}
