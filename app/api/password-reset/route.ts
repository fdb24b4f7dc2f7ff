import { after } from "next/server";
import { waitInWords } from "@/lib/domain/auth/wait-message";
import {
  parseResetRequest,
  RESET_LINK_MINUTES,
  resetPassword,
  sendResetLink,
} from "@/lib/server/auth/password-reset";
import { consumeResetRequest } from "@/lib/server/auth/rate-limits";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { failureResponse, toJsonResponse, withErrorBoundary } from "@/lib/server/http/json-route";
import { readJsonBody } from "@/lib/server/http/request-guard";
import { logger } from "@/lib/server/log";
import { ok, rateLimited } from "@/lib/server/service-result";

/**
 * "Forgot your password?": { email } → 202, the same whether or not an account has that
 * address; the link is emailed after the answer has gone (`after`), so its timing tells
 * nothing either. Limited per address (lib/server/auth/rate-limits.ts, RESET_LIMITS).
 */
export const POST = withErrorBoundary(async (request: Request) => {
  const wait = await consumeResetRequest(clientAddressOf(request.headers));
  if (wait > 0) {
    const message = `Too many requests from your network. Try again ${waitInWords(wait)}.`;
    return failureResponse(rateLimited(message, wait));
  }
  const body = await readJsonBody(request);
  if (!body.ok) return failureResponse(body);
  const parsed = parseResetRequest(body.data);
  if (!parsed.ok) return failureResponse(parsed);
  const { email } = parsed.data;
  after(() =>
    sendResetLink(email).catch((error: unknown) =>
      logger.error({ err: error }, "a password-reset email could not be sent"),
    ),
  );
  return toJsonResponse(ok({ email, minutes: RESET_LINK_MINUTES }), 202);
});

/** Choosing the new password: { token, password }; signs out every session of the account. */
export const PUT = withErrorBoundary(async (request: Request) => {
  const body = await readJsonBody(request);
  if (!body.ok) return failureResponse(body);
  return toJsonResponse(await resetPassword(body.data));
});
