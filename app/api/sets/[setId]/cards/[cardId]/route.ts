import { withUser } from "@/lib/server/http/json-route";
import {
  deleteCustomCard,
  getCustomCard,
  updateCustomCard,
} from "@/lib/server/interop/custom-cards";

type Params = { setId: string; cardId: string };

export const GET = withUser<Params>(
  (user, _body, { setId, cardId }) => getCustomCard(user, setId, cardId),
  { body: false },
);

/** Body { front, back }: learners keep their schedule for the card. */
export const PUT = withUser<Params>((user, body, { setId, cardId }) =>
  updateCustomCard(user, setId, cardId, body),
);

export const DELETE = withUser<Params>(
  (user, _body, { setId, cardId }) => deleteCustomCard(user, setId, cardId),
  { body: false },
);
