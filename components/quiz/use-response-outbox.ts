import { useEffect, useState, useSyncExternalStore } from "react";
import { requestJson } from "@/lib/client/request-json";
import type { SaveResponseResult } from "@/lib/domain/quiz/player-view";
import { IDLE_STATE, ResponseOutbox, type OutboxEvent } from "./response-outbox";

const getServerState = () => IDLE_STATE;

/** One autosave queue per attempt, for the life of the player; its status drives the UI. */
export function useResponseOutbox(attemptId: string, onEvent: (event: OutboxEvent) => void) {
  const [outbox] = useState(
    () =>
      new ResponseOutbox({
        storageKey: `quiz-attempt:${attemptId}:unsent-answers`,
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
    outbox.start();
    return () => outbox.stop();
  }, [outbox]);
  return { outbox, state };
}
