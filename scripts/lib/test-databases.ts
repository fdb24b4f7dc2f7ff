// Throw-away, migrated databases for one run of `npm test` or `npm run test:mutation --
// --services`: made on DATABASE_URL's server when it is set, else on an embedded PostgreSQL in a
// temporary folder, started on first use; `dispose` drops them (and their per-worker copies) and
// stops and deletes that server.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  copyDatabase,
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  listDatabases,
  migrateDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "./postgres";

export type TestDatabases = {
  /** Creates and migrates `name`; returns its URL. */
  create: (name: string) => Promise<string>;
  /** URL of the server's maintenance database `postgres`. */
  adminUrl: () => Promise<string>;
  /**
   * Drops every database made here and its copies from `workerDatabaseUrl`, then stops the
   * embedded server if one was started.
   */
  dispose: () => Promise<void>;
};

/** A short id that keeps the database names of concurrent runs apart. */
export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** `tmpPrefix` names the temporary folder of the embedded server, e.g. "study-test-pg-". */
export function testDatabases(tmpPrefix: string): TestDatabases {
  let server: RunningPostgres | undefined;
  let tmpData: string | undefined;
  const made: string[] = [];

  const adminUrl = async (): Promise<string> => {
    if (process.env.DATABASE_URL) return databaseUrl(process.env.DATABASE_URL, "postgres");
    if (!server) {
      tmpData = mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
      chmodSync(tmpData, 0o755); // the server runs as the `postgres` OS user when we are root
      console.log("▸ DATABASE_URL is not set: starting a throw-away embedded PostgreSQL");
      server = await startEmbeddedPostgres({
        dataDir: path.join(tmpData, "data"),
        persistent: false,
      });
    }
    return server.adminUrl;
  };

  return {
    adminUrl,
    async create(name) {
      const admin = await adminUrl();
      await ensureDatabase(admin, name);
      made.push(name);
      const url = databaseUrl(admin, name);
      await migrateDatabase(url);
      return url;
    },
    async dispose() {
      if (made.length) {
        const admin = await adminUrl();
        for (const name of made) {
          const copies = await listDatabases(admin, copyPrefix(name)).catch(() => []);
          for (const db of [...copies, name]) await dropDatabase(admin, db).catch(() => undefined);
        }
      }
      await server?.stop();
      if (tmpData) rmSync(tmpData, { recursive: true, force: true });
    },
  };
}

const copyPrefix = (name: string) => `${name}_w`;

/**
 * A database of worker `worker`'s own, copied from the migrated (and otherwise unused) database
 * of `url` on first use; `dispose` drops it with the original. Returns its URL.
 */
export async function workerDatabaseUrl(url: string, worker: string): Promise<string> {
  const template = new URL(url).pathname.slice(1);
  const name = `${copyPrefix(template)}${worker}`;
  const admin = databaseUrl(url, "postgres");
  await copyDatabase(admin, template, name);
  return databaseUrl(url, name);
}
