// Runs in the browser: tabs and windows showing the same practice attempt tell each other
// about answers the server has graded (BroadcastChannel, same origin and browser profile), so a
// tab still showing a question that another one answered shows the stored answer at once,
// as the flashcards do after "already graded elsewhere", instead of silently disagreeing.
import { useCallback, useEffect, useRef } from "react";
import { ResponseSchema } from "@/lib/domain/questions/response-schema";
import type { Response } from "@/lib/domain/questions/types";
import type { QuestionFeedback } from "@/lib/domain/quiz/player-view";

export type AnsweredMessage = { position: number; response: Response; feedback: QuestionFeedback };

/** What another tab sent, if it is a well-formed answer (a message is never trusted blindly). */
function readMessage(data: unknown): AnsweredMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const { position, response, feedback } = data as Record<string, unknown>;
  if (!Number.isInteger(position) || typeof feedback !== "object" || feedback === null) return null;
  const parsed = ResponseSchema.safeParse(response);
  if (!parsed.success) return null;
  return {
    position: position as number,
    response: parsed.data as Response,
    feedback: feedback as QuestionFeedback,
  };
}

/**
 * Joins the attempt's channel for the life of the player; `onAnswered` hears the other tabs'
 * graded answers, and the returned function tells them about this tab's.
 */
export function useAnswerChannel(
  attemptId: string,
  enabled: boolean,
  onAnswered: (message: AnsweredMessage) => void,
): (message: AnsweredMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onAnswered);
  useEffect(() => {
    handler.current = onAnswered;
  });
  useEffect(() => {
    if (!enabled || typeof BroadcastChannel === "undefined") return;
    const joined = new BroadcastChannel(`quiz-attempt:${attemptId}`);
    joined.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message) handler.current(message);
    };
    channel.current = joined;
    return () => {
      joined.close();
      channel.current = null;
    };
  }, [attemptId, enabled]);
  return useCallback((message) => channel.current?.postMessage(message), []);
}
