// Fault scenario (d): backup and restore. A learner's history is written to a fresh database,
// dumped with pg_dump (custom format) and restored with pg_restore into another fresh
// database; the learner's progress dashboard read from each must be identical. Needs the
// PostgreSQL client tools (pg_dump, pg_restore) of the server's major version or newer.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseUrl, dropDatabase, ensureDatabase } from "../lib/postgres";
import type { Outcome, ScenarioContext } from "./context";

function dashboard(url: string, mode: "prepare" | "print"): string {
  return execFileSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/faults/learner-dashboard.ts", mode],
    { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "silent" }, encoding: "utf8" },
  );
}

export async function backupAndRestore(context: ScenarioContext): Promise<Outcome> {
  const started = Date.now();
  const restored = `study_faults_${context.runId}_restored`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "study-faults-"));
  try {
    const sourceUrl = await context.freshDatabase("src");
    const before = dashboard(sourceUrl, "prepare");

    const dump = path.join(dir, "backup.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, sourceUrl]);
    await ensureDatabase(context.adminUrl, restored);
    const restoredUrl = databaseUrl(context.adminUrl, restored);
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
    await dropDatabase(context.adminUrl, restored).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
