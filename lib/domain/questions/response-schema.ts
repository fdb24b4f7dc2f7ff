/**
 * Zod schema for a learner's response, which arrives from the browser and is untrusted:
 * strict objects, bounded strings and arrays, ids restricted to the id alphabet.
 */
import { z } from "zod";
import type { Response } from "./types";

export const MAX_TEXT_LENGTH = 200;
export const MAX_ID_LENGTH = 64;
export const MAX_ITEMS = 20;

const OptionId = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z0-9-]+$/, "invalid id");
const TypedText = z.string().max(MAX_TEXT_LENGTH);

export const ResponseSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("single-choice"), optionId: OptionId }),
  z.strictObject({
    kind: z.literal("multiple-select"),
    optionIds: z.array(OptionId).max(MAX_ITEMS),
  }),
  z.strictObject({ kind: z.literal("true-false"), value: z.boolean() }),
  z.strictObject({ kind: z.literal("cloze"), text: TypedText }),
  z.strictObject({
    kind: z.literal("matching"),
    pairs: z.array(z.strictObject({ leftId: OptionId, rightId: OptionId })).max(MAX_ITEMS),
  }),
  z.strictObject({ kind: z.literal("ordering"), itemIds: z.array(OptionId).max(MAX_ITEMS) }),
  z.strictObject({ kind: z.literal("short-answer"), text: TypedText }),
  z.strictObject({ kind: z.literal("which-programme"), optionId: OptionId }),
]) satisfies z.ZodType<Response>;

export function parseResponse(input: unknown): ReturnType<typeof ResponseSchema.safeParse> {
  return ResponseSchema.safeParse(input);
}
