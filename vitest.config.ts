import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: pure unit tests (no database) and integration tests that talk to a real
// PostgreSQL prepared by scripts/test.ts (TEST_DATABASE_URL).
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
          name: "integration",
          include: ["lib/server/**/*.test.ts", "prisma/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/integration-global-setup.ts"],
          // Signs the caller's address header (lib/client-address.ts) as the app's server does.
          env: { NEXTAUTH_SECRET: "integration-tests-secret-0123456789abcdef" },
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
