import { withUser } from "@/lib/server/http/json-route";
import { startRetryOfMissed } from "@/lib/server/quiz/start-quiz";

/** "Retry the ones I missed": a new attempt from the questions missed in this one. */
export const POST = withUser<{ id: string }>(
  (user, _body, { id }) => startRetryOfMissed(user.id, id),
  {
    body: false,
    okStatus: 201,
  },
);
