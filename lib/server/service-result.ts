import "server-only";
import type { FieldErrors } from "@/lib/schemas/auth";

/**
 * What every service returns: data, or a failure in the domain's words. The route edge
 * (lib/server/http) is the one place that turns a failure code into an HTTP status.
 */
export const FAILURE_CODES = [
  /** The request itself is unusable (not JSON, wrong content type, malformed text). */
  "bad_request",
  /** The input is understood but not acceptable; fieldErrors say which fields and why. */
  "invalid",
  "unauthenticated",
  "forbidden",
  /** Missing, or not the caller's (the two are never told apart). */
  "not_found",
  /** The request clashes with the current state (already submitted, stale version...). */
  "conflict",
  "rate_limited",
  "too_large",
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export type ServiceFailure = {
  ok: false;
  code: FailureCode;
  error: string;
  fieldErrors?: FieldErrors;
  /** With rate_limited: how long until the caller may try again. */
  retryAfterSeconds?: number;
};
export type ServiceResult<T> = { ok: true; data: T } | ServiceFailure;

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function fail(code: FailureCode, error: string, fieldErrors?: FieldErrors): ServiceFailure {
  return fieldErrors ? { ok: false, code, error, fieldErrors } : { ok: false, code, error };
}

export function rateLimited(error: string, retryAfterSeconds: number): ServiceFailure {
  return { ok: false, code: "rate_limited", error, retryAfterSeconds };
}

/**
 * A failure thrown from deep inside a service (e.g. from within a transaction, which it
 * also rolls back); the route edge answers it like a returned failure.
 */
export class DomainError extends Error {
  readonly failure: ServiceFailure;
  constructor(failure: ServiceFailure) {
    super(failure.error);
    this.name = "DomainError";
    this.failure = failure;
  }
}

export const NOT_FOUND = "Not found, or not yours.";
