// `npm run test:mutation`: Stryker mutation testing with its Vitest runner over the pure
// domain code and the quiz, flashcard, progress and class services. The services' tests are
// integration tests: set TEST_DATABASE_URL (and DATABASE_URL) to a migrated `study_test_*`
// database first, as scripts/test.ts does. Too slow for CI (README, "Mutation testing"):
// narrow it with e.g. `npx stryker run --mutate "lib/domain/progress/**/*.ts"`.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.config.ts", related: true },
  mutate: [
    "lib/domain/**/*.ts",
    "lib/server/quiz/**/*.ts",
    "lib/server/flashcards/**/*.ts",
    "lib/server/progress/**/*.ts",
    "lib/server/classes/**/*.ts",
    "!**/*.test.ts",
    "!**/test-fixtures/**",
    "!**/test-fixtures.ts",
  ],
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60_000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
