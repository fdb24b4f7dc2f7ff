// The Vitest configuration Stryker runs (stryker.config.mjs): vitest.config.ts with only the
// project named by MUTATION_PROJECT ("unit" unless set), so a domain mutant never starts the
// integration project and its database check.
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

const wanted = process.env.MUTATION_PROJECT ?? "unit";
const projects = (base.test?.projects ?? []).filter(
  (project) => typeof project === "object" && "test" in project && project.test?.name === wanted,
);
if (projects.length !== 1) throw new Error(`vitest.config.ts has no project named "${wanted}"`);

// Tests run instrumented here, on a loaded machine: Vitest's 5 s default failed a slow test in
// the initial run. A mutant that loops forever is stopped by Stryker's own timeout.
export default defineConfig({ ...base, test: { ...base.test, testTimeout: 60_000, projects } });
