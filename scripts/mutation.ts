// `npm run test:mutation [-- --domain | --services] [-- <stryker options>]`: Stryker, niced so
// it shares the machine, then a score per folder and file read from its JSON report.
//   --domain (default): lib/domain against the unit project (stryker.config.mjs), no database;
//   --services: the quiz, flashcard, progress and class services against the integration
//     project (stryker.services.config.mjs) on a fresh, migrated database on DATABASE_URL's
//     server (else on an embedded PostgreSQL), dropped at the end, as scripts/test.ts does.
// Anything else goes to `stryker run`, e.g. `--mutate "lib/domain/srs/**/*.ts"` (test files
// stay unmutated),
// `--concurrency 1`. Reports: reports/mutation/<scope>/ (index.html, mutation.json).
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { run } from "./lib/postgres";
import { newRunId, testDatabases } from "./lib/test-databases";
import { summarizeMutationReport, type MutationReport } from "./lib/mutation-summary";

const argv = process.argv.slice(2);
const scope = argv.includes("--services") ? "services" : "domain";
// `--mutate` replaces the configured globs, exclusions included: add them back, so that
// narrowing a run to a folder never mutates its tests. Several globs: separate with commas.
const NOT_MUTATED = ["!**/*.test.ts", "!**/test-fixtures/**", "!**/test-fixtures.ts"];
const strykerArgs = argv
  .filter((a) => a !== "--services" && a !== "--domain")
  .map((a, i, all) => (all[i - 1] === "--mutate" ? [a, ...NOT_MUTATED].join(",") : a));
const configFile = scope === "services" ? "stryker.services.config.mjs" : "stryker.config.mjs";
const reportFile = path.join("reports", "mutation", scope, "mutation.json");

async function main() {
  const databases = testDatabases("study-mutation-pg-");
  const env: Record<string, string> = { MUTATION_PROJECT: "unit" };
  const started = Date.now();
  let failure: unknown;
  try {
    if (scope === "services") {
      const url = await databases.create(`study_test_mutation_${newRunId()}`);
      Object.assign(env, {
        MUTATION_PROJECT: "integration",
        DATABASE_URL: url,
        TEST_DATABASE_URL: url,
      });
    }
    rmSync(reportFile, { force: true });
    console.log(`▸ nice -n 10 npx stryker run ${configFile} ${strykerArgs.join(" ")}`);
    await run("nice", ["-n", "10", "npx", "stryker", "run", configFile, ...strykerArgs], { env });
  } catch (error) {
    failure = error;
  } finally {
    await databases.dispose();
  }

  const minutes = (Date.now() - started) / 60_000;
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as MutationReport;
    console.log(`\n━━ mutation score (${scope}), ${minutes.toFixed(1)} min ━━`);
    console.log(summarizeMutationReport(report));
    console.log(`HTML report: ${path.join("reports", "mutation", scope, "index.html")}`);
  }
  if (failure) {
    console.error(failure instanceof Error ? failure.message.split("\n")[0] : failure);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
