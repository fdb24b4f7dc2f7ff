// `npm run test:mutation -- --services`: the quiz, flashcard, progress and class services,
// killed by the integration project against a fresh, migrated database (scripts/mutation.ts
// creates it on DATABASE_URL's server and sets TEST_DATABASE_URL and MUTATION_PROJECT).
// Integration test files share one database, so one worker only.
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
};

export default config;
