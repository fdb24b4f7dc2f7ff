import { withUser } from "@/lib/server/http/json-route";
import {
  deleteCustomQuestion,
  getCustomQuestionFields,
  updateCustomQuestion,
} from "@/lib/server/interop/custom-questions";

type Params = { setId: string; questionId: string };

/** One custom question as the form's fields. */
export const GET = withUser<Params>(
  (user, _body, { setId, questionId }) => getCustomQuestionFields(user, setId, questionId),
  { body: false },
);

/** Saves an edit as a new version of the question (answers already given keep theirs). */
export const PUT = withUser<Params>((user, body, { setId, questionId }) =>
  updateCustomQuestion(user, setId, questionId, body),
);

export const DELETE = withUser<Params>(
  (user, _body, { setId, questionId }) => deleteCustomQuestion(user, setId, questionId),
  { body: false },
);
