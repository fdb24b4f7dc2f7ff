import { withUser } from "@/lib/server/http/json-route";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";

/** Autosave of one answer (idempotent: PUT the same answer twice, it is recorded once). */
export const PUT = withUser<{ id: string }>((user, body, { id }) =>
  saveQuizResponse(user.id, id, body),
);
