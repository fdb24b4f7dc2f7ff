// Runs in the browser: react-hook-form's zod resolver over a form whose fields build the body.
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver, ResolverResult } from "react-hook-form";
import type { z } from "zod";

/** A schema whose input is an object of fields, like every schema in lib/schemas. */
export type ObjectSchema = z.ZodType<unknown, FieldValues>;

/**
 * Checks `toInput(fields)` with the route's schema. The fields carry the schema's key names,
 * so its errors land on them; a rule on a key no field has (a pinned-count check, say) keeps
 * its key, and the form shows it in its alert. On success the form receives the schema's
 * output (trimmed, defaulted, coerced), which is what it sends.
 */
export function schemaResolver<S extends ObjectSchema, V extends FieldValues>(
  schema: S,
  toInput: (values: V) => z.input<S>,
): Resolver<V, unknown, z.output<S>> {
  // Typed by the fields rather than by the schema's input, which the fields need not be.
  const check = zodResolver(schema as z.ZodType<z.output<S>, FieldValues>);
  return async (values, context, options) =>
    (await check(toInput(values), context, {
      ...options,
      names: options.names?.map(String),
    })) as ResolverResult<V, z.output<S>>;
}
