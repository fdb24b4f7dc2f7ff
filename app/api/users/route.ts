import { waitInWords } from "@/lib/domain/auth/wait-message";
import { consumeSignUp } from "@/lib/server/auth/rate-limits";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { failureResponse, toJsonResponse, withErrorBoundary } from "@/lib/server/http/json-route";
import { readJsonBody } from "@/lib/server/http/request-guard";
import { rateLimited } from "@/lib/server/service-result";
import { createUser } from "@/lib/server/users/create-user";

// Sign-up. A route handler rather than a server action so that bad input gets a real 4xx.
export const POST = withErrorBoundary(async (request: Request) => {
  const wait = await consumeSignUp(clientAddressOf(request.headers));
  if (wait > 0) {
    const message = `Too many sign-ups from your network. Try again ${waitInWords(wait)}.`;
    return failureResponse(rateLimited(message, wait));
  }
  const body = await readJsonBody(request);
  if (!body.ok) return failureResponse(body);
  return toJsonResponse(await createUser(body.data), 201);
});
