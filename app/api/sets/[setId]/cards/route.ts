import { withUser } from "@/lib/server/http/json-route";
import { createCustomCard, listSetCustomCards } from "@/lib/server/interop/custom-cards";

type Params = { setId: string };

/** The instructor's own cards of one of their flashcard sets. */
export const GET = withUser<Params>((user, _body, { setId }) => listSetCustomCards(user, setId), {
  body: false,
});

/** Body { front, back }. */
export const POST = withUser<Params>(
  (user, body, { setId }) => createCustomCard(user, setId, body),
  { okStatus: 201 },
);
