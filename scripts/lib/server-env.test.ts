import { expect, test } from "vitest";
import { serverProcessEnv } from "./server-env";

test("the server gets two malloc arenas and keeps the rest of the environment", () => {
  const env = serverProcessEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://x" });
  expect(env).toEqual({
    MALLOC_ARENA_MAX: "2",
    NODE_ENV: "production",
    DATABASE_URL: "postgresql://x",
  });
});

test("an operator's own MALLOC_ARENA_MAX wins", () => {
  expect(serverProcessEnv({ NODE_ENV: "production", MALLOC_ARENA_MAX: "4" }).MALLOC_ARENA_MAX).toBe(
    "4",
  );
});
