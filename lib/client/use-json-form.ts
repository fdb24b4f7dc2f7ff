// Runs in the browser: the one way a form validates, sends and shows what went wrong.
import { useEffect, useRef, useState } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type RegisterOptions,
} from "react-hook-form";
import { z } from "zod";
import { messageOf, messagesByField, planFailure, planRequestFailure } from "./form-errors";
import type { RequestFailure, RequestResult } from "./request-json";
import { schemaResolver, type ObjectSchema } from "./schema-resolver";

type Options<S extends ObjectSchema, V extends FieldValues, T> = {
  /** The route's own schema (lib/schemas): the browser checks exactly what the server will. */
  schema: S;
  /** Every field the form edits, with its starting value. */
  defaultValues: V;
  /** Sends the checked values (usually `requestJson(url, { method, body: input })`). */
  submit: (input: z.output<S>) => Promise<RequestResult<T>>;
  onSuccess?: (data: T, input: z.output<S>) => void | Promise<void>;
  /** Success opens another page: stay pending until it does, so nothing is sent twice. */
  leavesPage?: boolean;
} & ToInput<S, V>;

/**
 * The request body the schema checks, built from the fields. Optional when the fields are the
 * body; needed when they are not (a "timed" checkbox, ids held in props). The body's keys name
 * the fields' errors, so a field carries the name of the body key it fills.
 */
type ToInput<S extends ObjectSchema, V extends FieldValues> = [V] extends [z.input<S>]
  ? { toInput?: (values: V) => z.input<S> }
  : { toInput: (values: V) => z.input<S> };

const SERVER_ERROR = "root.server";

/** The first invalid control in document order; a group's first control when it is a group. */
function firstInvalidControl(form: HTMLElement): HTMLElement | null {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
  if (!invalid || invalid.matches("input, select, textarea, button")) return invalid;
  return invalid.querySelector<HTMLElement>(
    "input:not([disabled]), select:not([disabled]), textarea:not([disabled])",
  );
}

/**
 * react-hook-form with the zod resolver, sending through requestJson. After a failed submit
 * (the browser's check, the server's refusal or no connection) the messages go under their
 * fields and into one alert, and focus moves to the first invalid field, else to the alert.
 * What was typed is never reset by a failure.
 */
export function useJsonForm<S extends ObjectSchema, V extends FieldValues, T>({
  schema,
  defaultValues,
  toInput,
  submit,
  onSuccess,
  leavesPage = false,
}: Options<S, V, T>) {
  const fieldNames = Object.keys(defaultValues);
  // Without toInput the fields are the body (ToInput makes sure of it).
  const resolver = schemaResolver(schema, toInput ?? ((values: V) => values as z.input<S>));
  const form = useForm<V, unknown, z.output<S>>({
    defaultValues: defaultValues as DefaultValues<V>,
    resolver,
    // Focus is moved below, in document order, and to the alert when no field is at fault.
    shouldFocusError: false,
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;

  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [focusAfterFailure, setFocusAfterFailure] = useState(0);
  useEffect(() => {
    if (focusAfterFailure === 0) return;
    const field = formRef.current ? firstInvalidControl(formRef.current) : null;
    (field ?? alertRef.current)?.focus();
  }, [focusAfterFailure]);

  function show(plan: { fields: { name: string; message: string }[]; formError?: string }) {
    for (const { name, message } of plan.fields)
      form.setError(name as Path<V>, { type: "server", message });
    if (plan.formError) form.setError(SERVER_ERROR, { type: "server", message: plan.formError });
    setFocusAfterFailure((n) => n + 1);
  }

  /**
   * Checks a body the form sends outside its submit (a preview, say) with that route's
   * schema: its output, or undefined after showing the messages like a failed submit.
   */
  function check<C extends ObjectSchema>(other: C, input: z.input<C>): z.output<C> | undefined {
    const parsed = other.safeParse(input);
    if (parsed.success) return parsed.data;
    form.clearErrors();
    show(planFailure({ fieldErrors: z.flattenError(parsed.error).fieldErrors }, fieldNames));
    return undefined;
  }

  /** Shows a failed request the form made outside its submit (a preview, say). */
  function showFailure(failure: RequestFailure) {
    form.clearErrors();
    show(planRequestFailure(failure, fieldNames));
  }

  const onSubmit = form.handleSubmit(
    async (input) => {
      const result = await submit(input);
      if (result.kind === "ok") await onSuccess?.(result.data, input);
      else show(planRequestFailure(result, fieldNames));
    },
    // The browser's check failed: messages under the fields, and any for something that is
    // not a field (a schema-wide rule) in the alert.
    (invalid) => show(planFailure({ fieldErrors: messagesByField(invalid) }, fieldNames)),
  );

  return {
    form,
    /**
     * Spread on the <form>: it is validated here, not by the browser's bubbles. POST in case the
     * browser submits it itself (before the page's script runs, or without it): a GET would put
     * every field, a password too, in the address, the history and any access log.
     */
    formProps: { ref: formRef, onSubmit, noValidate: true, method: "post" },
    /** For the one alert; it takes focus when no field is at fault. */
    alertRef,
    formError: errors.root?.server?.message,
    pending: isSubmitting || (leavesPage && isSubmitSuccessful),
    errorOf: (name: string): string | undefined =>
      messageOf((errors as Record<string, unknown>)[name]),
    /** An input's registration plus its message, for FormField and TextAreaField. */
    field: (name: Path<V>, options?: RegisterOptions<V, Path<V>>) => ({
      ...form.register(name, options),
      error: messageOf((errors as Record<string, unknown>)[name]),
    }),
    check,
    showFailure,
  };
}
