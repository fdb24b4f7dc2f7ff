// The Vitest configuration Stryker runs (stryker.config.mjs): vitest.config.ts with only the
// project named by MUTATION_PROJECT ("unit" unless set), so a domain mutant never starts the
// integration project and its database check.
import { defineConfig } from "vitest/config";
import { workerDatabaseUrl } from "./scripts/lib/test-databases";
import base from "./vitest.config";

const wanted = process.env.MUTATION_PROJECT ?? "unit";
// "integration" is two projects ("integration" and "integration-isolated"). Stryker runs them
// as before the suite shared module caches: each file isolated, one worker (Vitest's default),
// so that a mutant's coverage and each test's result depend on that file alone.
const baseTest = { ...base.test, maxWorkers: undefined };
const projects = (base.test?.projects ?? [])
  .filter(
    (project) =>
      typeof project === "object" &&
      "test" in project &&
      [wanted, `${wanted}-isolated`].includes(String(project.test?.name)),
  )
  .map((project) => {
    const inline = project as { test: Record<string, unknown> };
    return { ...inline, test: { ...inline.test, isolate: true } };
  });
if (projects.length === 0) throw new Error(`vitest.config.ts has no project named "${wanted}"`);

// Tests run instrumented here, on a loaded machine: Vitest's 5 s default failed a slow test in
// the initial run. A mutant that loops forever is stopped by Stryker's own timeout.
export default defineConfig(async () => {
  // Integration tests of two Stryker workers must not share a database (one test's rows would
  // change another's counts): each worker process (STRYKER_MUTATOR_WORKER, a new number for a
  // restarted one) tests against its own copy of the migrated database scripts/mutation.ts made.
  // Vitest loads this file more than once in a worker: copy the original database, once.
  const worker = process.env.STRYKER_MUTATOR_WORKER;
  const url = (process.env.MUTATION_TEMPLATE_URL ??= process.env.TEST_DATABASE_URL);
  if (wanted === "integration" && worker !== undefined && url) {
    const own = await workerDatabaseUrl(url, worker);
    process.env.DATABASE_URL = own;
    process.env.TEST_DATABASE_URL = own;
  }
  return { ...base, test: { ...baseTest, testTimeout: 60_000, projects } };
});
