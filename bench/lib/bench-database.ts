// A throw-away, migrated database for a benchmark: on DATABASE_URL's server, else on an
// embedded PostgreSQL started for the run. `close` drops it and stops what was started.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  migrateDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "../../scripts/lib/postgres";

export type BenchDatabase = {
  /** URL of the maintenance database on the same server. */
  admin: string;
  /** URL of the throw-away database. */
  url: string;
  close: () => Promise<void>;
};

export async function openBenchDatabase(): Promise<BenchDatabase> {
  let postgres: RunningPostgres | undefined;
  let tmp: string | undefined;
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    tmp = mkdtempSync(path.join(os.tmpdir(), "study-bench-pg-"));
    chmodSync(tmp, 0o755);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(tmp, "data"), persistent: false });
    admin = postgres.adminUrl;
  }
  admin = databaseUrl(admin, "postgres");
  const name = `study_bench_${randomBytes(4).toString("hex")}`;
  const close = async () => {
    await dropDatabase(admin, name).catch(() => undefined);
    await postgres?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
  const url = databaseUrl(admin, name);
  try {
    await ensureDatabase(admin, name);
    await migrateDatabase(url);
  } catch (error) {
    await close();
    throw error;
  }
  return { admin, url, close };
}
