// npm run bench:start [-- --quick] — what a restart costs: from `npm start` to "App ready" on a
// database that needs no migration and a build that is current, then the first request.
//
// Builds the app if its sources changed and migrates a throw-away database (DATABASE_URL's
// server, else an embedded PostgreSQL). Then, 3 times (1 with --quick): spawns `npm start`
// with DATABASE_URL set (no demo seed, as in a deployment), notes when each of its steps is
// printed and when it prints "App ready", times the first /library (the content load, the
// question bank and the first render, unless the start already did them) and a second one, and
// stops it with Ctrl-C. Beside it, the same for Next's own `next start` on the same build: the
// floor of a start. Prints the medians and writes bench/results/start.json.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { waitForHttp } from "../scripts/lib/app-env";
import { findFreePort } from "../scripts/lib/postgres";
import { openBenchDatabase } from "./lib/bench-database";
import { buildIfNeeded, stopServer as stop } from "./lib/bench-server";
import { machineLine, median, step } from "./lib/report";

const quick = process.argv.includes("--quick");
const RUNS = quick ? 1 : 3;

type StartRun = {
  /** Milliseconds from the spawn to each line the start printed, by the line's text. */
  steps: Record<string, number>;
  readyMs: number;
  firstMs: number;
  secondMs: number;
};

/** Spawns a server in its own process group, timing the lines it prints from the spawn. */
function spawnTimed(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const steps: Record<string, number> = {};
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let buffered = "";
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const raw of lines) {
        const line = raw
          .trim()
          .replace(/localhost:\d+/g, "localhost:PORT")
          .replace(/port \d+/g, "port PORT");
        if (!line || line in steps) continue;
        steps[line] = performance.now() - started;
        if (line.startsWith("App ready")) resolve(steps[line]);
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.once("exit", (code) => reject(new Error(`the start exited (${code})`)));
  });
  ready.catch(() => undefined);
  return { child, started, steps, ready };
}

async function timeRequests(base: string) {
  const time = async () => {
    const t = performance.now();
    const response = await fetch(`${base}/library`);
    await response.text();
    if (!response.ok) throw new Error(`/library: HTTP ${response.status}`);
    return performance.now() - t;
  };
  const firstMs = await time();
  return { firstMs, secondMs: await time() };
}

/** `npm start`, as a deployment restarts: migrated database, current build, no seed. */
async function npmStart(env: NodeJS.ProcessEnv): Promise<StartRun> {
  const port = await findFreePort();
  const base = `http://localhost:${port}`;
  const started = spawnTimed("npm", ["start"], { ...env, PORT: String(port), NEXTAUTH_URL: base });
  try {
    const readyMs = await started.ready;
    return { steps: started.steps, readyMs, ...(await timeRequests(base)) };
  } finally {
    await stop(started.child);
  }
}

/** Next's own production server on the same build: from the spawn to its first answer. */
async function nextStart(env: NodeJS.ProcessEnv): Promise<StartRun> {
  const port = await findFreePort();
  const base = `http://localhost:${port}`;
  const started = spawnTimed("node_modules/.bin/next", ["start", "-p", String(port)], {
    ...env,
    NEXTAUTH_URL: base,
  });
  try {
    if (!(await waitForHttp(`${base}/api/bench/floor`, 120_000)))
      throw new Error("next start did not answer");
    const readyMs = performance.now() - started.started;
    return { steps: started.steps, readyMs, ...(await timeRequests(base)) };
  } finally {
    await stop(started.child);
  }
}

async function main() {
  const database = await openBenchDatabase();
  try {
    await buildIfNeeded();
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      LOG_LEVEL: "warn",
    };
    const runs: { npm: StartRun[]; next: StartRun[] } = { npm: [], next: [] };
    for (let i = 1; i <= RUNS; i++) {
      step(`Run ${i} of ${RUNS}: npm start, then next start`);
      for (const [name, start] of [
        ["npm", npmStart],
        ["next", nextStart],
      ] as const) {
        const run = await start(env);
        runs[name].push(run);
        const steps = Object.entries(run.steps)
          .map(([line, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${line}`)
          .join("\n");
        console.log(
          `  ${name} start: ready after ${run.readyMs.toFixed(0)} ms, first /library ` +
            `${run.firstMs.toFixed(0)} ms, second ${run.secondMs.toFixed(0)} ms\n${steps}`,
        );
      }
    }
    const summary = (list: StartRun[]) => ({
      readyMs: median(list.map((r) => r.readyMs)),
      firstMs: median(list.map((r) => r.firstMs)),
      secondMs: median(list.map((r) => r.secondMs)),
    });
    const rows = { npmStart: summary(runs.npm), nextStart: summary(runs.next) };
    const load = os.loadavg().map((l) => l.toFixed(1));
    console.log(
      [
        `\nmedian of ${RUNS}${quick ? ", --quick" : ""}; load average now ${load.join(", ")}\n`,
        "| start | spawn to ready | first /library | second /library |",
        "|---|---|---|---|",
        ...Object.entries(rows).map(
          ([name, r]) =>
            `| ${name === "npmStart" ? "`npm start`" : "`next start` (floor)"} | ` +
            `${r.readyMs.toFixed(0)} ms | ${r.firstMs.toFixed(0)} ms | ` +
            `${r.secondMs.toFixed(0)} ms |`,
        ),
      ].join("\n"),
    );
    const machine = machineLine();
    console.log(`\n${machine}`);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(
      "bench/results/start.json",
      `${JSON.stringify(
        { date: new Date().toISOString(), machine, loadAverage: os.loadavg(), runs: RUNS, rows },
        null,
        2,
      )}\n`,
    );
    console.log("Written to bench/results/start.json");
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
