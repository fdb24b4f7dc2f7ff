// npm run bench:load [-- --quick] [-- --profile] — throughput and latency of the app's hot
// requests under load, each beside the framework's own floor measured in the same run.
//
// Builds the app if its sources changed, starts the production server (scripts/serve.ts) on a
// throw-away database (DATABASE_URL's server, else an embedded PostgreSQL) with BENCH_MODE=1,
// which serves the two floors (a bare route handler, a bare signed-in page) and counts SQL
// statements. Seeds one learner per connection through the app's services (an open 50-question
// exam each, every card due), gives the first a year of history in bulk SQL, signs them all in
// over HTTP, then drives each request with autocannon (32 connections, 15 s, after a warm-up),
// 3 rounds interleaved with the floors. Every write is a real new write: an answer alternates
// between right and wrong, a grade is a new review of a due card at its current version.
// Beside req/s it reads the server's CPU time a request from /proc (user + system), and its
// ratio to the floor's: the server's work rather than the share of the machine it got.
// Prints the medians and writes bench/results/load.json. --quick: 3 s runs (to try it out);
// --profile: the server writes a CPU profile (node --cpu-prof) to bench/results/profiles/.
// --only A,B: only the requests whose name holds A or B, beside the floors (to profile one).
// After the rounds it prints the server's resident memory, then again 30 s later.
// --scale: also drives /quizzes and an instructor's class page (the learners are its members),
// then adds 1,000 learners with 1 M answers in bulk SQL (bench/lib/scale.ts), runs the same
// rounds again and prints each request's cost with that data against without (target: 1.2x);
// writes bench/results/load-scale.json.
import { type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { openBenchDatabase } from "./lib/bench-database";
import {
  SERVER_LOG,
  applyBenchEnv,
  buildIfNeeded,
  databaseCpuMsBetween,
  databaseCpuTicks,
  serverCpuMs,
  serverRssMb,
  startServer,
  stopServer,
  waitForServer,
} from "./lib/bench-server";
import { QUESTIONS, seed, signIn, syncCardVersions, type Learner } from "./lib/learners";
import { machineLine, median, step } from "./lib/report";
import { SCALE, seedInstructor, seedScale } from "./lib/scale";
import { findFreePort } from "../scripts/lib/postgres";

const quick = process.argv.includes("--quick");
const profile = process.argv.includes("--profile");
const scale = process.argv.includes("--scale");
/** --only A,B: run only the requests whose name holds A or B (the floors always run). */
const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? (process.argv[onlyArg + 1] ?? "").split(",").filter(Boolean) : [];
const CONNECTIONS = 32;
const DURATION_S = quick ? 3 : 15;
const WARMUP_S = quick ? 1 : 3;
const ROUNDS = 3;

type Target = {
  name: string;
  floor: "route" | "page" | null;
  method: "GET" | "PUT" | "POST";
  path: string;
  /** Per request body, for the learner of this connection (writes). */
  write?: "save" | "grade";
  /** A session other than the learners' (the instructor's). */
  cookie?: string;
};

const TARGETS: Target[] = [
  { name: "floor: bare route handler", floor: null, method: "GET", path: "/api/bench/floor" },
  { name: "save an exam answer (PUT)", floor: "route", method: "PUT", path: "", write: "save" },
  {
    name: "grade a flashcard (POST)",
    floor: "route",
    method: "POST",
    path: "/api/flashcards/reviews",
    write: "grade",
  },
  { name: "floor: bare dynamic page, signed in", floor: null, method: "GET", path: "/bench/floor" },
  { name: "/progress, a year of history", floor: "page", method: "GET", path: "/progress" },
  { name: "/ home, same learner", floor: "page", method: "GET", path: "/" },
  { name: "/quizzes/new", floor: "page", method: "GET", path: "/quizzes/new" },
  { name: "/flashcards/study", floor: "page", method: "GET", path: "/flashcards/study" },
  { name: "/library", floor: "page", method: "GET", path: "/library" },
];

type Run = {
  rps: number;
  p50: number;
  p97_5: number;
  p99: number;
  non2xx: number;
  errors: number;
  requests: number;
  statements: number;
  /** Mean response size, headers included (autocannon's bytes read / responses). */
  kb: number;
  /** The server's CPU time (user + system) a request, in ms. */
  cpuMs: number;
  /** PostgreSQL's CPU time a request (its backends for the bench database), in ms. */
  dbCpuMs: number;
  /** The statuses counted as non-2xx, e.g. "409 x25". */
  statuses: string;
};

async function statementsSoFar(base: string): Promise<number> {
  const response = await fetch(`${base}/api/bench/statements`);
  const body = (await response.json()) as { data: { statements: number } };
  return body.data.statements;
}

/** One autocannon run of a target; each connection is one learner. */
async function drive(
  base: string,
  target: Target,
  learners: Learner[],
  seconds: number,
  statuses = new Map<number, number>(),
) {
  if (target.write === "grade") await syncCardVersions(learners);
  let nextConnection = 0;
  const learnerOf = (context: Record<string, unknown>) => {
    context.learner ??= learners[nextConnection++ % learners.length];
    return context.learner as Learner;
  };
  const headers = { origin: base, "content-type": "application/json" };
  const request: autocannon.Request = {
    method: target.method,
    path: target.path,
    setupRequest: (req, ctx) => {
      const context = ctx as Record<string, unknown>;
      const learner = target.write ? learnerOf(context) : learners[0]!;
      const cookie =
        target.path === "/api/bench/floor" ? {} : { cookie: target.cookie ?? learner.cookie };
      if (target.write === "save") {
        const position = learner.saves % QUESTIONS;
        const variant = Math.floor(learner.saves / QUESTIONS) % 2;
        learner.saves++;
        return {
          ...req,
          path: `/api/quiz-attempts/${learner.attemptId}/responses`,
          headers: { ...headers, ...cookie },
          body: learner.answers[position]![variant],
        };
      }
      if (target.write === "grade") {
        const card = learner.cards[learner.grades % learner.cards.length]!;
        learner.grades++;
        context.card = card;
        // "Again": the card stays in (re)learning, due within the learn-ahead window, so the
        // next round can grade it again at its new version.
        // Answered with the graded card only, as the study page asks once its pack is there.
        const body = { cardId: card.id, rating: 1, requestId: randomUUID(), reply: "graded" };
        return {
          ...req,
          headers: { ...headers, ...cookie },
          body: JSON.stringify({ ...body, expectedVersion: card.version }),
        };
      }
      return { ...req, headers: { ...headers, ...cookie } };
    },
    onResponse: (status, _body, ctx) => {
      const context = ctx as Record<string, unknown>;
      if (status < 200 || status > 299) statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (target.write === "grade" && status === 200 && context.card)
        (context.card as { version: number }).version++;
    },
  };
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [request],
  });
}

async function measure(
  base: string,
  server: ChildProcess,
  target: Target,
  learners: Learner[],
): Promise<Run> {
  const before = await statementsSoFar(base);
  const cpuBefore = serverCpuMs(server);
  const dbCpuBefore = databaseCpuTicks();
  const statuses = new Map<number, number>();
  const result = await drive(base, target, learners, DURATION_S, statuses);
  const cpu = serverCpuMs(server) - cpuBefore;
  const dbCpu = databaseCpuMsBetween(dbCpuBefore, databaseCpuTicks());
  const statements = (await statementsSoFar(base)) - before;
  const requests = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests,
    statements: requests ? statements / requests : 0,
    kb: requests ? result.throughput.total / requests / 1024 : 0,
    cpuMs: requests ? cpu / requests : 0,
    dbCpuMs: requests ? dbCpu / requests : 0,
    statuses: [...statuses].map(([status, n]) => `${status} x${n}`).join(", "),
  };
}

function format(rows: Row[]): string {
  const header =
    "| request | req/s | p50 | p97.5 | p99 | non-2xx | errors | ratio | SQL/req | KB/resp " +
    "| CPU ms/req | CPU ratio | DB CPU ms/req |";
  const lines = rows.map(({ target, run: r, ratio, cpuRatio }) =>
    [
      target.name,
      r.rps.toFixed(0),
      `${r.p50} ms`,
      `${r.p97_5} ms`,
      `${r.p99} ms`,
      r.non2xx,
      r.errors,
      ratio === null ? "1" : `${ratio.toFixed(2)} of the ${target.floor} floor`,
      r.statements.toFixed(1),
      r.kb.toFixed(1),
      r.cpuMs.toFixed(2),
      cpuRatio === null ? "1" : cpuRatio.toFixed(2),
      r.dbCpuMs.toFixed(2),
    ].join(" | "),
  );
  return [
    header,
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...lines.map((l) => `| ${l} |`),
  ].join("\n");
}

/**
 * ratio: req/s against the floor's in the same run. cpuRatio: the floor's server CPU a request
 * over this request's (the server's work, not the share of the machine it got).
 */
type Row = { target: Target; run: Run; ratio: number | null; cpuRatio: number | null };

/** A warm-up, then ROUNDS rounds of every target; the medians, as ratios to their floor. */
async function runRounds(
  base: string,
  server: ChildProcess,
  targets: Target[],
  learners: Learner[],
  interrupted: Promise<never>,
): Promise<{ runs: Map<Target, Run[]>; rows: Row[] }> {
  const runs = new Map<Target, Run[]>(targets.map((t) => [t, []]));
  for (const target of targets) await drive(base, target, learners, WARMUP_S);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const target of targets) {
      const result = await Promise.race([measure(base, server, target, learners), interrupted]);
      runs.get(target)!.push(result);
      console.log(
        `  round ${round} ${target.name}: ${result.rps.toFixed(0)} req/s, ` +
          `p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}, ` +
          `CPU ${result.cpuMs.toFixed(2)} ms/req, DB ${result.dbCpuMs.toFixed(2)}` +
          (result.statuses ? ` (${result.statuses})` : ""),
      );
    }
  }

  const medians = new Map<Target, Run>();
  for (const [target, list] of runs) {
    const pick = (key: Exclude<keyof Run, "statuses">) => median(list.map((r) => r[key]));
    medians.set(target, {
      rps: pick("rps"),
      p50: pick("p50"),
      p97_5: pick("p97_5"),
      p99: pick("p99"),
      non2xx: list.reduce((sum, r) => sum + r.non2xx, 0),
      errors: list.reduce((sum, r) => sum + r.errors, 0),
      requests: pick("requests"),
      statements: pick("statements"),
      kb: pick("kb"),
      cpuMs: pick("cpuMs"),
      dbCpuMs: pick("dbCpuMs"),
      statuses: list
        .map((r) => r.statuses)
        .filter(Boolean)
        .join("; "),
    });
  }
  const floorRps = {
    route: medians.get(TARGETS[0]!)!.rps,
    page: medians.get(TARGETS[3]!)!.rps,
  };
  const floorCpu = {
    route: medians.get(TARGETS[0]!)!.cpuMs,
    page: medians.get(TARGETS[3]!)!.cpuMs,
  };
  const rows = targets.map((target) => {
    const run = medians.get(target)!;
    return target.floor
      ? {
          target,
          run,
          ratio: run.rps / floorRps[target.floor],
          cpuRatio: floorCpu[target.floor] / run.cpuMs,
        }
      : { target, run, ratio: null, cpuRatio: null };
  });
  return { runs, rows };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");

type Memory = { rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number };

/** RSS from /proc, and the V8 heap as the server reports it (benchmark mode). */
async function memoryNow(base: string, server: ChildProcess): Promise<Memory> {
  const response = await fetch(`${base}/api/bench/statements`);
  const body = (await response.json()) as { data: { memory: NodeJS.MemoryUsage } };
  const mb = (bytes: number) => bytes / 2 ** 20;
  const { heapUsed, heapTotal, external } = body.data.memory;
  return {
    rssMb: serverRssMb(server),
    heapUsedMb: mb(heapUsed),
    heapTotalMb: mb(heapTotal),
    externalMb: mb(external),
  };
}

/** The server's memory at the end of the rounds and 30 s later (target: RSS < 300 MB). */
async function sampleMemory(base: string, server: ChildProcess) {
  const end = await memoryNow(base, server);
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  const after30s = await memoryNow(base, server);
  const show = (m: Memory) =>
    `RSS ${m.rssMb.toFixed(0)} MB (V8 heap ${m.heapUsedMb.toFixed(0)} MB used of ` +
    `${m.heapTotalMb.toFixed(0)} MB, external ${m.externalMb.toFixed(0)} MB)`;
  console.log(
    `\nServer memory at the end of the rounds: ${show(end)}\n` +
      `30 s later: ${show(after30s)} (target: RSS < 300 MB)`,
  );
  return { end, after30s };
}

/**
 * --scale: the same rounds with 1,000 more learners and 1 M answers in the database, and each
 * request's cost against the run without them (req/s without / with, p50 with / without).
 */
async function scaleRun(
  server: ChildProcess,
  base: string,
  targets: Target[],
  learners: Learner[],
  small: Row[],
  interrupted: Promise<never>,
) {
  step(
    `Adding ${SCALE.learners.toLocaleString("en")} learners, ` +
      `${(SCALE.learners * SCALE.attempts * 10).toLocaleString("en")} answers and ` +
      `${SCALE.reviews.toLocaleString("en")} reviews in bulk SQL`,
  );
  const seconds = await seedScale();
  step(`Seeded in ${seconds.toFixed(1)} s; the same rounds again`);
  const { rows: big } = await runRounds(base, server, targets, learners, interrupted);
  console.log(`\nWith the added data:\n\n${format(big)}`);
  const memory = await sampleMemory(base, server);
  const ratios = targets.map((target, i) => {
    const [before, after] = [small[i]!.run, big[i]!.run];
    return {
      request: target.name,
      rpsWithout: before.rps,
      rpsWith: after.rps,
      p50Without: before.p50,
      p50With: after.p50,
      costRatio: before.rps / after.rps,
      cpuMsWithout: before.cpuMs,
      cpuMsWith: after.cpuMs,
      cpuRatio: after.cpuMs / before.cpuMs,
      p50Ratio: after.p50 / before.p50,
      statementsWithout: before.statements,
      statementsWith: after.statements,
    };
  });
  console.log(
    [
      "\nCost with the added data against without (target <= 1.2):\n",
      "| request | req/s without | req/s with | cost ratio (req/s) | CPU ms/req without | " +
        "CPU ms/req with | cost ratio (CPU) | p50 without | p50 with | p50 ratio |",
      "|---|---|---|---|---|---|---|---|---|---|",
      ...ratios.map(
        (r) =>
          `| ${r.request} | ${r.rpsWithout.toFixed(0)} | ${r.rpsWith.toFixed(0)} | ` +
          `${r.costRatio.toFixed(2)} | ${r.cpuMsWithout.toFixed(2)} | ` +
          `${r.cpuMsWith.toFixed(2)} | ${r.cpuRatio.toFixed(2)} | ` +
          `${r.p50Without} ms | ${r.p50With} ms | ${r.p50Ratio.toFixed(2)} |`,
      ),
    ].join("\n"),
  );
  console.log(`\nload average ${loadAverage()}`);
  writeFileSync(
    "bench/results/load-scale.json",
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: machineLine(),
        loadAverage: os.loadavg(),
        quick,
        seedSeconds: seconds,
        added: SCALE,
        memory,
        ratios,
        rows: big.map(({ target, run, ratio }) => ({ request: target.name, ...run, ratio })),
      },
      null,
      2,
    )}\n`,
  );
  console.log("Written to bench/results/load-scale.json");
}

async function main() {
  let server: ChildProcess | undefined;
  // Ctrl-C: stop the server and drop the database on the way out.
  const interrupted = new Promise<never>((_, reject) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const)
      process.once(signal, () => reject(new Error(`stopped by ${signal}`)));
  });
  interrupted.catch(() => undefined);
  const database = await openBenchDatabase();
  try {
    await buildIfNeeded();
    const port = await findFreePort();
    const base = `http://localhost:${port}`;
    const env = applyBenchEnv(database.url, base);
    step(`Seeding ${CONNECTIONS} learners (one a connection) and a year of history`);
    const learners = await seed(CONNECTIONS);
    const instructor = scale ? await seedInstructor(learners) : undefined;

    step(`Starting the production server on port ${port} (its log: ${SERVER_LOG})`);
    server = startServer(port, env, { profile });
    await waitForServer(base);
    for (const learner of learners) await signIn(base, learner);

    const targets = TARGETS.filter(
      (t) => t.floor === null || only.length === 0 || only.some((o) => t.name.includes(o)),
    );
    if (instructor) {
      await signIn(base, instructor);
      targets.push(
        { name: "/quizzes", floor: "page", method: "GET", path: "/quizzes" },
        {
          name: "a class page, its instructor",
          floor: "page",
          method: "GET",
          path: `/classes/${instructor.classId}`,
          cookie: instructor.cookie,
        },
      );
    }
    const { runs, rows } = await runRounds(base, server, targets, learners, interrupted);
    console.log(
      `\n${CONNECTIONS} connections, ${DURATION_S} s a run, median of ${ROUNDS} rounds ` +
        `(non-2xx and errors: sum over the rounds)${quick ? ", --quick" : ""}\n`,
    );
    console.log(format(rows));
    const memory = await sampleMemory(base, server!);
    const machine = machineLine();
    console.log(`\n${machine}; load average ${loadAverage()}`);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(
      "bench/results/load.json",
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine,
          connections: CONNECTIONS,
          durationSeconds: DURATION_S,
          rounds: ROUNDS,
          quick,
          loadAverage: os.loadavg(),
          memory,
          rows: rows.map(({ target, run, ratio, cpuRatio }) => ({
            request: target.name,
            method: target.method,
            path: target.path || "/api/quiz-attempts/[id]/responses",
            ...run,
            ratioToFloor: ratio,
            cpuRatioToFloor: cpuRatio,
            floor: target.floor,
          })),
          rounds_raw: targets.map((t) => ({ request: t.name, runs: runs.get(t) })),
        },
        null,
        2,
      )}\n`,
    );
    console.log("Written to bench/results/load.json");
    if (scale) await scaleRun(server, base, targets, learners, rows, interrupted);
  } finally {
    if (server) await stopServer(server);
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
