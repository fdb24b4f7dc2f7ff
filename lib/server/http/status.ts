import "server-only";
import type { FailureCode } from "@/lib/server/service-result";

/** The one mapping from the domain's failure codes to HTTP statuses. */
export const HTTP_STATUS: Record<FailureCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  invalid: 422,
  rate_limited: 429,
};
