import path from "node:path";
import { defineConfig } from "vitest/config";

// Pure unit tests (no database), and integration tests that talk to a real PostgreSQL prepared
// by scripts/test.ts (TEST_DATABASE_URL), split in two projects: most files share one module
// cache, and those that would change what a later file sees run after them, each isolated.
const INTEGRATION = ["lib/server/**/*.test.ts", "prisma/**/*.test.ts"];
/**
 * The integration files that change what later files in the same module cache would see:
 * each mocks the session module (the route tests), stubs the environment or resets the module
 * cache. They keep a fresh module graph each. `scripts/test-isolation.test.ts` fails on a file
 * that does any of this in a project without isolation.
 */
const INTEGRATION_ISOLATED = [
  "lib/server/account/account-route.test.ts",
  "lib/server/auth/rate-limits.test.ts",
  "lib/server/bench.test.ts",
  "lib/server/classes/class-admin-edges.test.ts",
  "lib/server/classes/routes.test.ts",
  "lib/server/flashcards/get-home-flashcards.test.ts",
  "lib/server/fsrs/fsrs.test.ts",
  "lib/server/http/fuzz.test.ts",
  "lib/server/interop/custom-questions.test.ts",
  "lib/server/interop/export-routes.test.ts",
  "lib/server/interop/import-routes.test.ts",
  "lib/server/quiz/discard-route.test.ts",
  "lib/server/quiz/stored-json.test.ts",
  "lib/server/sql.test.ts",
];
/** Both integration projects: the database that scripts/test.ts made, one file at a time. */
const INTEGRATION_SETTINGS = {
  environment: "node" as const,
  globalSetup: ["test/integration-global-setup.ts"],
  // Signs the caller's address header (lib/client-address.ts) as the app's server does.
  env: { NEXTAUTH_SECRET: "integration-tests-secret-0123456789abcdef" },
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // `server-only` throws outside React Server Components; under Vitest the server code
      // runs in plain Node, which is exactly what the guard is meant to allow.
      "server-only": path.join(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    // Every core (Vitest's default leaves one for itself: a single worker on a 2-core machine,
    // with the second core idle for most of the unit run).
    maxWorkers: "100%",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "lib/*.test.ts",
            "lib/domain/**/*.test.ts",
            "content/**/*.test.ts",
            "lib/schemas/**/*.test.ts",
            "lib/client/**/*.test.ts",
            "lib/service-worker/**/*.test.ts",
            "scripts/**/*.test.ts",
            "components/**/*.test.ts",
          ],
          environment: "node",
          // Pure code: the files share a worker's module cache instead of each loading its own
          // (Vitest's recipe for unit suites). Starting a fresh module graph for each of ~140
          // files was most of the unit run's time. None of these files changes global state
          // (no stubbed globals or environment, no fake timers, no process listeners); the one
          // module mock (next/navigation, in components/progress/progress-size.test.ts) is of a
          // module no other unit file loads.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...INTEGRATION_SETTINGS,
          name: "integration",
          include: INTEGRATION,
          exclude: INTEGRATION_ISOLATED,
          // One database, one file at a time: the files share the worker's module cache (and
          // the app's database client) instead of each loading its own, which was more than
          // half of the suite's time. Files that mock a module, stub the environment or reset
          // the module cache run after them, each on its own (below).
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          ...INTEGRATION_SETTINGS,
          name: "integration-isolated",
          include: INTEGRATION_ISOLATED,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
