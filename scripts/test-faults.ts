// `npm run test:faults`: what the app does when the machine or the database fails. Each
// scenario prints its figures; any failed check fails the run.
//   (a) the database stopped mid-quiz in the browser       scripts/faults/database-stopped.ts
//   (b) the server SIGKILLed under load, then restarted    scripts/faults/kill-under-load.ts
//   (c) two app instances on one database                  scripts/faults/two-instances.ts
//   (d) a backup restored into a fresh database            scripts/faults/backup-restore.ts
// Needs DATABASE_URL (a PostgreSQL server where it may create and drop databases; (a) runs
// its own embedded PostgreSQL, which it stops and starts), the PostgreSQL client tools
// (pg_dump, pg_restore) and Chromium. Builds the app first when its sources changed.
// `npm run test:faults -- b c` runs only those scenarios.
import { needsBuild } from "./lib/build-state";
import { hasChromium, MISSING_CHROMIUM } from "./lib/chromium";
import { run } from "./lib/postgres";
import { backupAndRestore } from "./faults/backup-restore";
import { createContext, type Outcome, type ScenarioContext } from "./faults/context";
import { databaseStopped } from "./faults/database-stopped";
import { killUnderLoad } from "./faults/kill-under-load";
import { twoInstances } from "./faults/two-instances";

const server = process.env.DATABASE_URL;
if (!server) {
  console.error(
    "test:faults needs DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)",
  );
  process.exit(1);
}

const SCENARIOS: Record<string, (context: ScenarioContext) => Promise<Outcome>> = {
  a: databaseStopped,
  b: killUnderLoad,
  c: twoInstances,
  d: backupAndRestore,
};

async function main() {
  const asked = process.argv.slice(2).filter((a) => a in SCENARIOS);
  const chosen = asked.length ? asked : Object.keys(SCENARIOS);
  if (chosen.includes("a") && !(await hasChromium())) {
    console.error(MISSING_CHROMIUM);
    process.exit(1);
  }
  if (chosen.some((s) => s !== "d") && needsBuild()) {
    console.log("▸ Building the app (next build) for the fault scenarios");
    await run("npx", ["next", "build"], { quiet: true });
  }
  const context = createContext(server!);
  // Migrated while (a) runs on its own server: (b), (c) and (d) copy it.
  if (chosen.some((s) => s !== "a")) context.prepareTemplate();
  const outcomes: Outcome[] = [];
  const started = Date.now();
  try {
    for (const key of chosen) {
      const scenario = SCENARIOS[key]!;
      console.log(`▸ scenario (${key})`);
      const scenarioStarted = Date.now();
      try {
        outcomes.push(await scenario(context));
      } catch (error) {
        outcomes.push({
          name: `(${key}) ${scenario.name}`,
          ok: false,
          detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
          seconds: (Date.now() - scenarioStarted) / 1000,
        });
      }
      const last = outcomes.at(-1)!;
      console.log(`  ${last.ok ? "✓" : "✗"} ${last.seconds.toFixed(1)}s`);
    }
  } finally {
    await context.cleanUp();
  }
  console.log("\n━━ faults ━━");
  for (const o of outcomes)
    console.log(`${o.ok ? "✓" : "✗"} ${o.name} (${o.seconds.toFixed(1)}s): ${o.detail}`);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)}s`);
  process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
}

void main();
