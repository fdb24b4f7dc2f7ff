// The route tests call handlers directly, so there is no browser cookie: they stand in for the
// session module alone (the database stays real). In a test file:
//   vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));
//   import { signIn, type RouteHandler } from "@/test/fake-session";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { TestUser } from "@/lib/server/classes/test-fixtures";

let current: CurrentUser | null = null;

/** What the mocked `@/lib/server/auth/session` answers. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return current;
}

/** The user the next requests come from; null for none. */
export function signIn(user: TestUser | null): void {
  current = user
    ? { id: user.id, email: user.email, name: "x", role: user.role, timeZone: "UTC" }
    : null;
}

/** A route handler as Next calls it. */
export type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
