import "server-only";
import type { FieldErrors } from "@/lib/schemas/auth";

/** What every service returns: data, or a message with the HTTP status it stands for. */
export type ServiceFailure = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 422 | 429;
  error: string;
  fieldErrors?: FieldErrors;
};
export type ServiceResult<T> = { ok: true; data: T } | ServiceFailure;

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function fail(
  status: ServiceFailure["status"],
  error: string,
  fieldErrors?: FieldErrors,
): ServiceFailure {
  return fieldErrors ? { ok: false, status, error, fieldErrors } : { ok: false, status, error };
}

export const NOT_FOUND = "Not found, or not yours.";
