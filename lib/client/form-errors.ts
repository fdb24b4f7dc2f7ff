// Runs in the browser: where a form shows what went wrong (pure, so it is unit-tested).
import type { FieldErrors } from "@/lib/schemas/auth";
import type { RequestFailure } from "./request-json";

/** What a failed submit shows: a message under each named field, and one alert for the rest. */
export type FailurePlan = {
  fields: { name: string; message: string }[];
  formError?: string;
};

/**
 * Sorts messages between the form's fields and its alert. A message for a field the form has
 * goes under that field (several are joined); a message for anything else (an id the form
 * holds in props, a preview seed) goes to the alert, so nothing is ever dropped. The alert
 * leaves out a message already shown under a field: a message is read out once.
 * `fieldNames` is in the form's order, which the field list keeps.
 */
export function planFailure(
  failure: { error?: string; fieldErrors: FieldErrors },
  fieldNames: readonly string[],
): FailurePlan {
  const known = new Set(fieldNames);
  const byName = new Map<string, string>();
  const elsewhere: string[] = [];
  for (const [name, messages] of Object.entries(failure.fieldErrors)) {
    const text = (messages ?? []).filter(Boolean).join(" ");
    if (!text) continue;
    if (known.has(name)) byName.set(name, text);
    else elsewhere.push(text);
  }
  const fields = fieldNames.flatMap((name) => {
    const message = byName.get(name);
    return message ? [{ name, message }] : [];
  });
  const onFields = new Set(fields.map((f) => f.message));
  const alert: string[] = [];
  for (const text of [failure.error, ...elsewhere]) {
    if (text && !onFields.has(text) && !alert.includes(text)) alert.push(text);
  }
  return alert.length ? { fields, formError: alert.join(" ") } : { fields };
}

/** The plan for a request that did not succeed: a refusal's own field messages, or one alert. */
export function planRequestFailure(
  failure: RequestFailure,
  fieldNames: readonly string[],
): FailurePlan {
  return failure.kind === "rejected"
    ? planFailure(failure, fieldNames)
    : { fields: [], formError: failure.error };
}

/**
 * The message of a react-hook-form error, which is nested when the value is: an array's
 * element (`programmeIds[2]`) has its own. The first message found, depth first.
 */
export function messageOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const own = (error as { message?: unknown }).message;
  if (typeof own === "string" && own !== "") return own;
  for (const [key, value] of Object.entries(error)) {
    if (key === "ref" || key === "message") continue;
    const nested = messageOf(value);
    if (nested) return nested;
  }
  return undefined;
}

/** Every top-level field's message in a react-hook-form error tree, as FieldErrors. */
export function messagesByField(errors: Record<string, unknown>): FieldErrors {
  const result: FieldErrors = {};
  for (const [name, error] of Object.entries(errors)) {
    if (name === "root") continue;
    const message = messageOf(error);
    if (message) result[name] = [message];
  }
  return result;
}
