// What every fault scenario gets from `npm run test:faults`: fresh databases on the server of
// DATABASE_URL (copies of one migrated template, so each costs a CREATE DATABASE rather than
// a `prisma migrate deploy`), a shared session secret, and a way to read a database directly.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { databaseUrl, dropDatabase, ensureDatabase, migrateDatabase } from "../lib/postgres";

export type Outcome = { name: string; ok: boolean; detail: string; seconds: number };

export type ScenarioContext = {
  runId: string;
  adminUrl: string;
  secret: string;
  /** Starts migrating the template now (freshDatabase waits for it either way). */
  prepareTemplate: () => void;
  /** A migrated, empty database of its own, dropped at the end of the run. */
  freshDatabase: (suffix: string) => Promise<string>;
  query: <T>(url: string, sql: string, params?: unknown[]) => Promise<T[]>;
  release: (url: string) => Promise<void>;
  cleanUp: () => Promise<void>;
};

const pools = new Map<string, pg.Pool>();

/** Reads with a small pool per database (closed by `release` or at the end of the run). */
export async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 2 });
    // A database a scenario stops cuts the idle connections: not an error of the run.
    pool.on("error", () => undefined);
    pools.set(url, pool);
  }
  return (await pool.query(sql, params)).rows as T[];
}

export async function release(url: string): Promise<void> {
  const pool = pools.get(url);
  pools.delete(url);
  await pool?.end();
}

export function createContext(server: string): ScenarioContext {
  const adminUrl = databaseUrl(server, "postgres");
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const template = `study_faults_${runId}_template`;
  const made: string[] = [];
  let templateReady: Promise<void> | undefined;
  const prepareTemplate = () =>
    (templateReady ??= (async () => {
      await ensureDatabase(adminUrl, template);
      made.push(template);
      await migrateDatabase(databaseUrl(adminUrl, template));
    })());
  return {
    runId,
    adminUrl,
    secret: randomBytes(32).toString("base64url"),
    query,
    release,
    prepareTemplate: () => {
      // A failure here is reported by the first freshDatabase that awaits it.
      prepareTemplate().catch(() => undefined);
    },
    freshDatabase: async (suffix) => {
      await prepareTemplate();
      const name = `study_faults_${runId}_${suffix}`;
      await query(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      made.push(name);
      return databaseUrl(adminUrl, name);
    },
    cleanUp: async () => {
      for (const url of [...pools.keys()]) await release(url);
      for (const name of made.reverse()) await dropDatabase(adminUrl, name).catch(() => undefined);
    },
  };
}
