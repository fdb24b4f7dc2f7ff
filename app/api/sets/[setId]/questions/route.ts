import { withUser } from "@/lib/server/http/json-route";
import {
  createCustomQuestion,
  listSetCustomQuestions,
} from "@/lib/server/interop/custom-questions";

type Params = { setId: string };

/** The instructor's own questions of one of their quiz sets, answer keys included. */
export const GET = withUser<Params>(
  (user, _body, { setId }) => listSetCustomQuestions(user, setId),
  { body: false },
);

/** Body: the question form's fields (lib/schemas/custom-questions.ts). */
export const POST = withUser<Params>(
  (user, body, { setId }) => createCustomQuestion(user, setId, body),
  { okStatus: 201 },
);
