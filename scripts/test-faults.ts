// `npm run test:faults`: what the app does when the machine or the database fails.
//   (d) backup and restore: a learner's history is written to a fresh database, dumped with
//       pg_dump (custom format) and restored with pg_restore into another fresh database; the
//       learner's progress dashboard read from each must be identical.
// Needs DATABASE_URL (a PostgreSQL server where it may create and drop databases) and the
// PostgreSQL client tools (pg_dump, pg_restore) of the server's major version or newer.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseUrl, dropDatabase, ensureDatabase, migrateDatabase } from "./lib/postgres";

const server = process.env.DATABASE_URL;
if (!server) {
  console.error(
    "test:faults needs DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)",
  );
  process.exit(1);
}
const admin = databaseUrl(server, "postgres");
const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

function dashboard(url: string, mode: "prepare" | "print"): string {
  return execFileSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/faults/learner-dashboard.ts", mode],
    { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "silent" }, encoding: "utf8" },
  );
}

type Outcome = { name: string; ok: boolean; detail: string; seconds: number };

async function backupAndRestore(): Promise<Outcome> {
  const started = Date.now();
  const source = `study_faults_${runId}_src`;
  const restored = `study_faults_${runId}_restored`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "study-faults-"));
  try {
    await ensureDatabase(admin, source);
    const sourceUrl = databaseUrl(admin, source);
    await migrateDatabase(sourceUrl);
    dashboard(sourceUrl, "prepare");
    const before = dashboard(sourceUrl, "print");

    const dump = path.join(dir, "backup.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, sourceUrl]);
    await ensureDatabase(admin, restored);
    const restoredUrl = databaseUrl(admin, restored);
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restoredUrl}`, dump]);
    const after = dashboard(restoredUrl, "print");

    const keys = Object.keys(JSON.parse(before) as object).length;
    const same = before === after;
    return {
      name: "(d) pg_dump / pg_restore serves the same dashboard",
      ok: same && before.length > 2,
      detail: same
        ? `identical dashboards (${before.length} bytes of JSON, ${keys} keys)`
        : `differ:\n  before ${before.slice(0, 300)}\n  after  ${after.slice(0, 300)}`,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await dropDatabase(admin, source).catch(() => undefined);
    await dropDatabase(admin, restored).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const outcomes: Outcome[] = [];
  for (const scenario of [backupAndRestore]) {
    try {
      outcomes.push(await scenario());
    } catch (error) {
      outcomes.push({
        name: scenario.name,
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
        seconds: 0,
      });
    }
  }
  console.log("\n━━ faults ━━");
  for (const o of outcomes)
    console.log(`${o.ok ? "✓" : "✗"} ${o.name} (${o.seconds.toFixed(1)}s): ${o.detail}`);
  process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
}

void main();
