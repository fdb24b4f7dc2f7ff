// `npm run test:mutation -- --services`: the quiz, flashcard, progress and class services,
// killed by the integration project against a fresh, migrated database (scripts/mutation.ts
// creates it on DATABASE_URL's server and sets TEST_DATABASE_URL and MUTATION_PROJECT).
// Each Stryker worker tests against its own copy of that database (vitest.mutation.config.ts),
// so `--concurrency 2` is safe; one worker by default: on this shared machine a second one was
// not shown to be faster (README, "Mutation testing").
import domain from "./stryker.config.mjs";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  ...domain,
  mutate: [
    "lib/server/quiz/**/*.ts",
    "lib/server/flashcards/**/*.ts",
    "lib/server/progress/**/*.ts",
    "lib/server/classes/**/*.ts",
    "!**/*.test.ts",
    "!**/test-fixtures/**",
    "!**/test-fixtures.ts",
  ],
  htmlReporter: { fileName: "reports/mutation/services/index.html" },
  jsonReporter: { fileName: "reports/mutation/services/mutation.json" },
  concurrency: 1,
  timeoutMS: 30_000,
  // The initial run is every integration test that reaches a mutated file (record-progress.ts
  // is reached by nearly all of them), instrumented, on a shared machine: Stryker's default of
  // 5 minutes stopped the first run over lib/server/progress.
  dryRunTimeoutMinutes: 30,
};

export default config;
