import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A JSON column whose value does not match its schema: a server fault (500), named by
 * table, row and column so that it can be found, never read as a wrong answer.
 */
export class CorruptRowError extends Error {
  constructor(
    readonly table: string,
    readonly rowId: string,
    readonly column: string,
    detail: string,
  ) {
    super(`${table} ${rowId}: ${column} does not match its schema (${detail})`);
    this.name = "CorruptRowError";
  }
}

/** Parses a JSON column read from the database with its schema, or throws CorruptRowError. */
export function parseJsonColumn<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: { table: string; rowId: string; column: string },
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const detail = first ? `${first.path.join(".") || "value"}: ${first.message}` : "invalid";
  throw new CorruptRowError(where.table, where.rowId, where.column, detail);
}

/**
 * A value for a JSON column: the JSON form of `value` (dates become strings, undefined
 * fields disappear), which is exactly what the database will give back.
 */
export function toJsonColumn(value: object): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value));
}
