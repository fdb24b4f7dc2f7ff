// The production server a benchmark drives: built when its sources changed, started through
// scripts/serve.ts in benchmark mode (the floors, SQL statement counts) on a bench database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitForHttp } from "../../scripts/lib/app-env";
import { needsBuild } from "../../scripts/lib/build-state";
import { run } from "../../scripts/lib/postgres";
import { serverProcessEnv } from "../../scripts/lib/server-env";
import { step } from "./report";

// One log per benchmark process: several benchmarks may run on one machine at once.
export const SERVER_LOG = path.join(os.tmpdir(), `bench-load-server-${process.pid}.log`);

export async function buildIfNeeded(): Promise<void> {
  if (!needsBuild()) return;
  step("Building the app (next build)");
  await run("npx", ["next", "build"]);
}

/**
 * The server's environment, also set on this process: the services the benchmark seeds with
 * and the server must share the secret (attempt ids, cookies).
 */
export function applyBenchEnv(url: string, base: string): NodeJS.ProcessEnv {
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    BENCH_MODE: "1",
    LOG_LEVEL: "warn",
  };
  Object.assign(process.env, env);
  return env;
}

export function startServer(
  port: number,
  env: NodeJS.ProcessEnv,
  options: { profile?: boolean } = {},
): ChildProcess {
  const log = openSync(SERVER_LOG, "w");
  const serve = ["scripts/serve.ts", "-p", String(port)];
  // Node refuses --cpu-prof in NODE_OPTIONS: a profiled server is node itself, with tsx
  // loaded, and exits on SIGINT (a process killed by a signal writes no profile).
  const [command, args] = options.profile
    ? [
        "node",
        [
          "--cpu-prof",
          `--cpu-prof-dir=${path.resolve("bench/results/profiles")}`,
          "--import",
          'data:text/javascript,process.once("SIGINT", () => process.exit(130))',
          "--import",
        ],
      ]
    : ["npx", []];
  return spawn(command, [...args, "tsx", ...serve], {
    // What `npm start` gives the server (scripts/lib/server-env.ts).
    env: serverProcessEnv(env),
    // The server's own log (e.g. requests cut off when a run ends) goes to a file.
    stdio: ["ignore", log, log],
    detached: true,
  });
}

/** Waits for the server's first answer (the bare route floor); throws after 2 minutes. */
export async function waitForServer(base: string): Promise<void> {
  if (!(await waitForHttp(`${base}/api/bench/floor`, 120_000)))
    throw new Error("the server did not start");
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // The server runs under npx and tsx: signal the group this script started (SIGINT lets
  // node --cpu-prof write its profile).
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group has already gone
    }
  };
  signal("SIGINT");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) signal("SIGKILL");
}

/** The pids of the processes under `child` (npx and tsx start the server's Node below it). */
function pidsUnder(child: ChildProcess): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read after its last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process has gone meanwhile
    }
  }
  const isUnder = (pid: number): boolean => {
    for (let p = pid; p > 1; p = parentOf.get(p) ?? 0) if (p === child.pid) return true;
    return false;
  };
  return [...parentOf.keys()].filter(isUnder);
}

/** The server's resident memory in MB (VmRSS): the largest among the processes under `child`. */
export function serverRssMb(child: ChildProcess): number {
  let largest = 0;
  for (const pid of pidsUnder(child)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      largest = Math.max(largest, kb / 1024);
    } catch {
      // the process has gone meanwhile
    }
  }
  return largest;
}

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on Linux's usual builds). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) used so far by the processes under `child`: the server's work,
 * which, unlike requests per second, barely moves with what else the machine is doing.
 */
export function serverCpuMs(child: ChildProcess): number {
  let ticks = 0;
  for (const pid of pidsUnder(child)) ticks += cpuTicks(pid);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU ticks so far of each PostgreSQL backend connected to the database the server uses
 * (DATABASE_URL, set on this process by applyBenchEnv): the other half of a request's cost on a
 * machine where the database shares the cores. A backend's title names its database
 * ("postgres: user database host(port) state").
 */
export function databaseCpuTicks(): Map<number, number> {
  const name = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let title: string;
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
    } catch {
      continue; // the process has gone meanwhile
    }
    if (title.startsWith("postgres: ") && title.split(" ").includes(name))
      ticks.set(Number(entry), cpuTicks(Number(entry)));
  }
  return ticks;
}

/**
 * The database's CPU time (ms) between two `databaseCpuTicks` samples: each backend's growth,
 * a new one's from zero. A backend that ended meanwhile (the pool closes idle ones) takes its
 * last ticks with it, so this can only undercount.
 */
export function databaseCpuMsBetween(
  before: Map<number, number>,
  after: Map<number, number>,
): number {
  let ticks = 0;
  for (const [pid, now] of after) ticks += Math.max(0, now - (before.get(pid) ?? 0));
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** utime + stime of one process, in clock ticks (0 once it has gone). */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are the 14th and 15th fields, the 12th and 13th after the ")".
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}
