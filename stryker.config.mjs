// Stryker mutation testing with its Vitest runner (README, "Mutation testing"). Run it through
// `npm run test:mutation` (scripts/mutation.ts), which picks the scope:
//   --domain (default): this file. Mutates lib/domain, runs only the unit project (no database).
//   --services: stryker.services.config.mjs. Mutates the quiz, flashcard, progress and class
//     services, runs the integration project against a fresh database.
// `coverageAnalysis: "perTest"` makes each mutant run only the tests that reached it; together
// with the single Vitest project this is what keeps a run to minutes instead of hours.
// Narrow a run with `npm run test:mutation -- --mutate "lib/domain/srs/**/*.ts"`.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  // vitest.mutation.config.ts keeps only the project named by MUTATION_PROJECT (default: unit).
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  mutate: ["lib/domain/**/*.ts", "!**/*.test.ts", "!**/test-fixtures/**", "!**/test-fixtures.ts"],
  reporters: ["clear-text", "progress", "html", "json"],
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false },
  htmlReporter: { fileName: "reports/mutation/domain/index.html" },
  jsonReporter: { fileName: "reports/mutation/domain/mutation.json" },
  coverageAnalysis: "perTest",
  // Many test files build the question bank or the flashcards at module level, so nearly every
  // generator line also runs while the files load ("static" coverage). A static mutant would
  // rerun every related test (~45 s here) per mutant; with ignoreStatic a mutant that a test
  // also reaches runs only those tests, with the mutant switched on after loading, and a mutant
  // reached only while loading is reported as Ignored (counted in the summary, not the score).
  ignoreStatic: true,
  // The machine is shared: two workers at most (scripts/mutation.ts also runs Stryker niced).
  concurrency: 2,
  timeoutMS: 5_000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
