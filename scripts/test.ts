// `npm test`: every suite, starting what it needs.
//   0. static checks: ESLint (no warnings), TypeScript, Prettier and the line width;
//   1. unit tests (Vitest, no database);
//   2. integration tests (Vitest) against a fresh, migrated PostgreSQL database;
//   3. end-to-end tests (Playwright, real Chromium) against a production build served by
//      `next start` on its own fresh, migrated and seeded database (the build is made while
//      the integration tests run).
// The databases live on the server of DATABASE_URL when it is set (CI: the local server),
// else on an embedded PostgreSQL in a temporary folder; they are dropped at the end.
// Flags: --static, --unit, --integration, --e2e run only those suites; extra args after `--` go to
// Playwright (e.g. `npm test -- --e2e -- e2e/auth.spec.ts`).
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { needsBuild } from "./lib/build-state";
import { hasChromium, MISSING_CHROMIUM } from "./lib/chromium";
import { findFreePort, run } from "./lib/postgres";
import { newRunId, testDatabases } from "./lib/test-databases";

const argv = process.argv.slice(2);
const separator = argv.indexOf("--");
const flags = separator === -1 ? argv : argv.slice(0, separator);
const passThrough = separator === -1 ? [] : argv.slice(separator + 1);
const only = new Set(
  flags.filter((f) => ["--static", "--unit", "--integration", "--e2e"].includes(f)),
);
const wants = (suite: string) => only.size === 0 || only.has(`--${suite}`);

type Outcome = { suite: string; passed: number; failed: number; seconds: number; ok: boolean };
const outcomes: Outcome[] = [];
const reportDir = mkdtempSync(path.join(os.tmpdir(), "study-test-reports-"));

function readVitestCounts(file: string) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  return { passed: json.numPassedTests, failed: json.numFailedTests };
}

function readPlaywrightCounts(file: string) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return { passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected };
}

async function timed(
  suite: string,
  fn: () => Promise<void>,
  counts: () => { passed: number; failed: number },
) {
  const started = Date.now();
  console.log(`\n━━ ${suite} ━━`);
  let ok = true;
  try {
    await fn();
  } catch (error) {
    ok = false;
    console.error(error instanceof Error ? error.message.split("\n")[0] : error);
  }
  const { passed, failed } = counts();
  outcomes.push({
    suite,
    passed,
    failed,
    seconds: (Date.now() - started) / 1000,
    ok: ok && failed === 0,
  });
}

async function main() {
  const runId = newRunId();
  const databases = testDatabases("study-test-pg-");
  const freshDatabase = (suffix: string) => databases.create(`study_test_${runId}_${suffix}`);

  if (wants("e2e") && !(await hasChromium())) {
    console.error(`\n${MISSING_CHROMIUM}\n`);
    process.exit(1);
  }

  // The production build for the end-to-end suite is made while the integration tests run: they
  // run one file at a time and leave much of the machine idle. Its outcome is awaited (and a
  // failure reported) by the end-to-end suite.
  let build: Promise<void> | undefined;
  const startBuild = (beside: string) => {
    if (build || !wants("e2e") || !needsBuild()) return;
    console.log(`▸ Building the app for the end-to-end tests (next build)${beside}`);
    build = run("npx", ["next", "build"], { quiet: true });
    build.catch(() => {}); // not unhandled while the integration tests run
  };

  try {
    if (wants("static")) {
      // Each check counts as one test: a lint warning, a type error or an unformatted file
      // fails `npm test` as surely as a failing assertion.
      const checks = [
        ["lint", ["run", "-s", "lint"]],
        ["typecheck", ["run", "-s", "typecheck"]],
        ["format", ["run", "-s", "format:check"]],
      ] as const;
      let passed = 0;
      let failed = 0;
      await timed(
        "static checks",
        async () => {
          // Side by side (46 s one after the other here, 41 s together: each uses more than
          // one core already); each check's output is kept and printed whole when it fails.
          await Promise.all(
            checks.map(async ([name, args]) => {
              try {
                await run("npm", [...args], { quiet: true });
                passed++;
              } catch (error) {
                console.error(`✗ ${name} failed (npm ${args.join(" ")})`);
                console.error(error instanceof Error ? error.message : error);
                failed++;
              }
            }),
          );
          if (failed) throw new Error(`${failed} of ${checks.length} static checks failed`);
        },
        () => ({ passed, failed }),
      );
    }

    if (wants("unit")) {
      const out = path.join(reportDir, "unit.json");
      await timed(
        "unit",
        () =>
          run("npx", [
            "vitest",
            "run",
            "--project",
            "unit",
            "--reporter=default",
            "--reporter=json",
            `--outputFile.json=${out}`,
          ]),
        () => readVitestCounts(out),
      );
    }

    if (wants("integration")) {
      const out = path.join(reportDir, "integration.json");
      await timed(
        "integration (PostgreSQL)",
        async () => {
          startBuild(", beside the integration tests");
          const url = await freshDatabase("int");
          await run(
            "npx",
            [
              "vitest",
              "run",
              "--project",
              "integration",
              "--project",
              "integration-isolated",
              "--reporter=default",
              "--reporter=json",
              `--outputFile.json=${out}`,
            ],
            {
              env: { DATABASE_URL: url, TEST_DATABASE_URL: url },
            },
          );
        },
        () => readVitestCounts(out),
      );
    }

    if (wants("e2e")) {
      const out = path.join(reportDir, "e2e.json");
      await timed(
        "end-to-end (Chromium)",
        async () => {
          const url = await freshDatabase("e2e");
          const port = await findFreePort();
          const env = {
            DATABASE_URL: url,
            SEED_DEMO: "1",
            E2E_PORT: String(port),
            NEXTAUTH_URL: `http://localhost:${port}`,
            NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
            PLAYWRIGHT_JSON_OUTPUT_NAME: out,
          };
          await run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
            env,
            quiet: true,
          });
          startBuild("");
          await build;
          await run("npx", ["playwright", "test", ...passThrough], { env });
        },
        () => readPlaywrightCounts(out),
      );
    }
  } finally {
    await databases.dispose();
    rmSync(reportDir, { recursive: true, force: true });
  }

  console.log("\n━━ summary ━━");
  for (const o of outcomes) {
    const counts = `${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed`;
    console.log(`${o.ok ? "✓" : "✗"} ${o.suite.padEnd(26)} ${counts}  ${o.seconds.toFixed(1)}s`);
  }
  const passed = outcomes.reduce((n, o) => n + o.passed, 0);
  const failed = outcomes.reduce((n, o) => n + o.failed, 0);
  const allOk = outcomes.every((o) => o.ok);
  // A failing suite that reported no failed test (it crashed) still counts as one failure.
  console.log(`tests: ${passed} passed, ${failed + (allOk ? 0 : failed === 0 ? 1 : 0)} failed`);
  process.exit(allOk && passed > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
