// An app instance for the fault scenarios: the production server (scripts/serve.ts, the one
// `npm start` runs) in its own process group on a free port, so a scenario can SIGKILL it
// (the whole group: tsx's node and Next's workers) or stop it cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { waitForHttp } from "../lib/app-env";
import { findFreePort } from "../lib/postgres";

export type AppInstance = {
  port: number;
  origin: string;
  /** SIGKILL to the process group: no shutdown hook, no flushing, as a machine dies. */
  kill: () => Promise<void>;
  /** SIGTERM, then SIGKILL after a few seconds. */
  stop: () => Promise<void>;
  /** The last lines the server wrote (for a failure message). */
  tail: () => string;
};

export type AppEnv = {
  databaseUrl: string;
  secret: string;
  /** The public URL both instances of scenario (c) share; defaults to this instance's. */
  publicUrl?: string;
};

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

export async function startApp(env: AppEnv, port?: number): Promise<AppInstance> {
  const chosen = port ?? (await findFreePort());
  const origin = `http://localhost:${chosen}`;
  const output: string[] = [];
  // node with tsx's loader directly (not npx), so the group holds only the server's processes.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "-p", String(chosen)],
    {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: env.databaseUrl,
        NEXTAUTH_SECRET: env.secret,
        NEXTAUTH_URL: env.publicUrl ?? origin,
        SEED_DEMO: "0",
        // A stopped database is noticed within a second or two, not after the 5 s default.
        DB_CONNECT_TIMEOUT_MS: "2000",
        LOG_LEVEL: "warn",
      },
    },
  );
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 60) output.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const tail = () => output.join("").split("\n").slice(-25).join("\n");
  if (!(await waitForHttp(`${origin}/signin`, 120_000))) {
    signalGroup(child, "SIGKILL");
    throw new Error(`the app on port ${chosen} did not answer within 120 s:\n${tail()}`);
  }
  return {
    port: chosen,
    origin,
    tail,
    kill: async () => {
      signalGroup(child, "SIGKILL");
      await exited(child);
    },
    stop: async () => {
      signalGroup(child, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 5_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}
