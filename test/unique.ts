import { randomUUID } from "node:crypto";

/** A unique email per test, so tests never depend on each other's rows. */
export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.example`;
}
