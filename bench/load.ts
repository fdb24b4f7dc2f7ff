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
// Prints the medians and writes bench/results/load.json. --quick: 3 s runs (to try it out);
// --profile: the server writes a CPU profile (node --cpu-prof) to bench/results/profiles/.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { waitForHttp } from "../scripts/lib/app-env";
import { needsBuild } from "../scripts/lib/build-state";
import {
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  findFreePort,
  migrateDatabase,
  run,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "../scripts/lib/postgres";

const quick = process.argv.includes("--quick");
const profile = process.argv.includes("--profile");
const CONNECTIONS = 32;
const DURATION_S = quick ? 3 : 15;
const WARMUP_S = quick ? 1 : 3;
const ROUNDS = 3;
const QUESTIONS = 50;
const PASSWORD = "bench-password-123";
const HISTORY = { days: 365, answers: 5_000, reviews: 10_000 };

export type Learner = {
  id: string;
  email: string;
  cookie: string;
  attemptId: string;
  /** Per position: the body of a right and of a wrong answer, in the attempt's masked ids. */
  answers: [string, string][];
  saves: number;
  cards: { id: string; version: number }[];
  grades: number;
};

type Target = {
  name: string;
  floor: "route" | "page" | null;
  method: "GET" | "PUT" | "POST";
  path: string;
  /** Per request body, for the learner of this connection (writes). */
  write?: "save" | "grade";
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
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const step = (message: string) => console.log(`▸ ${message}`);

export async function seed(count: number): Promise<Learner[]> {
  const { db } = await import("@/lib/server/db");
  const { createUser } = await import("@/lib/server/users/create-user");
  const { startQuiz } = await import("@/lib/server/quiz/start-quiz");
  const { attemptIdMask } = await import("@/lib/server/quiz/attempt-ids");
  const { maskQuestion } = await import("@/lib/domain/quiz/attempt-ids");
  const { correctResponse, wrongResponse } = await import("@/lib/domain/quiz/correct-response");
  const { storedQuestions } = await import("@/lib/server/quiz/stored-json");
  const { getContentCatalog } = await import("@/lib/server/content/get-content");
  const { rebuildProgressRollups } = await import("@/lib/server/progress/rebuild-progress-rollups");
  const { bank, flashcards } = getContentCatalog();

  const learners: Learner[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-${i}@bench.example`;
    const created = await createUser({ name: `Bench ${i}`, email, password: PASSWORD });
    if (!created.ok) throw new Error(`sign-up failed: ${created.error}`);
    const id = created.data.id;
    const started = await startQuiz(id, { mode: "exam", count: QUESTIONS, sourceOnly: false });
    if (!started.ok) throw new Error(`start failed: ${started.error}`);
    const attemptId = started.data.attemptId;
    const row = await db.quizAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { id: true, questions: true },
    });
    const answers = storedQuestions(row).map((question, position): [string, string] => {
      const shown = maskQuestion(question, attemptIdMask(attemptId, position));
      const body = (response: unknown) => JSON.stringify({ position, response });
      return [body(correctResponse(shown)), body(wrongResponse(shown))];
    });
    // Every card studied and due: reviewed three days ago, due yesterday.
    await db.deckSubscription.create({ data: { userId: id, deckId: "all" } });
    await db.$executeRawUnsafe(
      `INSERT INTO "CardState" ("userId", "cardId", "deckId", due, stability, difficulty,
         "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview",
         version, "updatedAt")
       SELECT $1, c, d, now() - interval '1 day', 3, 5, 2, 2, 0, 3, 0, 2,
         now() - interval '3 days', 1, now()
       FROM unnest($2::text[], $3::text[]) AS t(c, d)`,
      id,
      flashcards.map((c) => c.id),
      flashcards.map((c) => c.deckId),
    );
    const cards = flashcards.map((c) => ({ id: c.id, version: 1 }));
    learners.push({ id, email, cookie: "", attemptId, answers, saves: 0, cards, grades: 0 });
  }

  // A year of history for the first learner (whose cookie the page requests use).
  const [first] = learners;
  const questionIds = bank.map((q) => q.id);
  const programmeIds = bank.map((q) => q.tags.programmeIds[0] ?? q.tags.topic);
  const attempts = Math.ceil(HISTORY.answers / 10);
  const span = `interval '${HISTORY.days} days'`;
  await db.$executeRawUnsafe(
    `INSERT INTO "QuizAttempt" (id, "userId", mode, status, seed, "contentVersion", settings,
       "questionIds", questions, "startedAt", "submittedAt", score, "correctCount")
     SELECT 'h' || $1 || '-' || g, $1, 'PRACTICE', 'SUBMITTED', 's', 'bench', '{}'::jsonb,
       '{}', '[]'::jsonb, now() - (g * ${span} / $2), now() - (g * ${span} / $2), 0.7, 7
     FROM generate_series(1, $2) g`,
    first!.id,
    attempts,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "QuizResponse" (id, "attemptId", "userId", "questionId", "programmeId",
       position, kind, answer, score, correct, "answeredAt", "updatedAt")
     SELECT 'hr' || $1 || '-' || g, 'h' || $1 || '-' || (1 + (g - 1) / 10), $1,
       ($3::text[])[1 + g % $5], ($4::text[])[1 + g % $5], (g - 1) % 10, 'true-false',
       '{"kind":"true-false","value":true}'::jsonb, CASE WHEN g % 10 < 7 THEN 1 ELSE 0 END,
       g % 10 < 7, now() - (((g - 1) / 10 + 1) * ${span} / $6), now()
     FROM generate_series(1, $2) g`,
    first!.id,
    HISTORY.answers,
    questionIds,
    programmeIds,
    questionIds.length,
    attempts,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "CountedAnswer" ("userId", "responseId", "questionId", "programmeId", score,
       "answeredAt", "countedAt")
     SELECT "userId", id, "questionId", "programmeId", score, "answeredAt", "answeredAt"
     FROM "QuizResponse" WHERE "userId" = $1 AND id LIKE 'hr%' ORDER BY "answeredAt", id`,
    first!.id,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability,
       difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review,
       "requestId")
     SELECT 'hl' || $1 || '-' || g, $1, ($3::text[])[1 + g % $5], ($4::text[])[1 + g % $5],
       1 + g % 4, 2, now() - (g * ${span} / $2), 10, 5, 3, 3, 10, 0,
       now() - (g * ${span} / $2), 'h' || g
     FROM generate_series(1, $2) g`,
    first!.id,
    HISTORY.reviews,
    flashcards.map((c) => c.id),
    flashcards.map((c) => c.deckId),
    flashcards.length,
  );
  await rebuildProgressRollups(first!.id);
  await db.$executeRawUnsafe("ANALYZE");
  await db.$disconnect();
  return learners;
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in, trying again when a busy server drops the connection. */
export async function signIn(base: string, learner: Learner): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(base, learner);
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function signInOnce(base: string, learner: Learner): Promise<void> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: base,
      cookie: cookiesOf(csrf).join("; "),
    },
    body: new URLSearchParams({
      csrfToken,
      email: learner.email,
      password: PASSWORD,
      json: "true",
    }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in of ${learner.email} failed (${response.status})`);
  learner.cookie = session;
}

async function statementsSoFar(base: string): Promise<number> {
  const response = await fetch(`${base}/api/bench/statements`);
  const body = (await response.json()) as { data: { statements: number } };
  return body.data.statements;
}

/** One autocannon run of a target; each connection is one learner. */
async function drive(base: string, target: Target, learners: Learner[], seconds: number) {
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
      const cookie = target.path === "/api/bench/floor" ? {} : { cookie: learner.cookie };
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
        const body = { cardId: card.id, rating: 1, requestId: randomUUID() };
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

async function measure(base: string, target: Target, learners: Learner[]): Promise<Run> {
  const before = await statementsSoFar(base);
  const result = await drive(base, target, learners, DURATION_S);
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
  };
}

const SERVER_LOG = path.join(os.tmpdir(), "bench-load-server.log");

export function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const log = openSync(SERVER_LOG, "w");
  const serve = ["scripts/serve.ts", "-p", String(port)];
  // Node refuses --cpu-prof in NODE_OPTIONS: a profiled server is node itself, with tsx
  // loaded, and exits on SIGINT (a process killed by a signal writes no profile).
  const [command, args] = profile
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
    env,
    // The server's own log (e.g. requests cut off when a run ends) goes to a file.
    stdio: ["ignore", log, log],
    detached: true,
  });
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

function format(rows: { target: Target; run: Run; ratio: number | null }[]): string {
  const header =
    "| request | req/s | p50 | p97.5 | p99 | non-2xx | errors | ratio | SQL/req | KB/resp |";
  const lines = rows.map(({ target, run: r, ratio }) =>
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
    ].join(" | "),
  );
  return [
    header,
    "|---|---|---|---|---|---|---|---|---|---|",
    ...lines.map((l) => `| ${l} |`),
  ].join("\n");
}

async function main() {
  let postgres: RunningPostgres | undefined;
  let tmp: string | undefined;
  let server: ChildProcess | undefined;
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    tmp = mkdtempSync(path.join(os.tmpdir(), "study-bench-pg-"));
    chmodSync(tmp, 0o755);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(tmp, "data"), persistent: false });
    admin = postgres.adminUrl;
  }
  admin = databaseUrl(admin, "postgres");
  const name = `study_bench_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(admin, name);
  // Ctrl-C: stop the server and drop the database on the way out.
  const interrupted = new Promise<never>((_, reject) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const)
      process.once(signal, () => reject(new Error(`stopped by ${signal}`)));
  });
  interrupted.catch(() => undefined);
  const url = databaseUrl(admin, name);
  try {
    if (needsBuild()) {
      step("Building the app (next build)");
      await run("npx", ["next", "build"]);
    }
    await migrateDatabase(url);
    const port = await findFreePort();
    const base = `http://localhost:${port}`;
    // The services seeded here and the server must share the secret (attempt ids, cookies).
    const env = {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      BENCH_MODE: "1",
      LOG_LEVEL: "warn",
    };
    Object.assign(process.env, env);
    step(`Seeding ${CONNECTIONS} learners (one a connection) and a year of history`);
    const learners = await seed(CONNECTIONS);

    step(`Starting the production server on port ${port} (its log: ${SERVER_LOG})`);
    server = startServer(port, env);
    if (!(await waitForHttp(`${base}/api/bench/floor`, 120_000)))
      throw new Error("the server did not start");
    for (const learner of learners) await signIn(base, learner);

    const runs = new Map<Target, Run[]>(TARGETS.map((t) => [t, []]));
    for (const target of TARGETS) await drive(base, target, learners, WARMUP_S);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of TARGETS) {
        const result = await Promise.race([measure(base, target, learners), interrupted]);
        runs.get(target)!.push(result);
        console.log(
          `  round ${round} ${target.name}: ${result.rps.toFixed(0)} req/s, ` +
            `p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}`,
        );
      }
    }

    const medians = new Map<Target, Run>();
    for (const [target, list] of runs) {
      const pick = (key: keyof Run) => median(list.map((r) => r[key]));
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
      });
    }
    const floorRps = {
      route: medians.get(TARGETS[0]!)!.rps,
      page: medians.get(TARGETS[3]!)!.rps,
    };
    const rows = TARGETS.map((target) => {
      const run = medians.get(target)!;
      return { target, run, ratio: target.floor ? run.rps / floorRps[target.floor] : null };
    });
    console.log(
      `\n${CONNECTIONS} connections, ${DURATION_S} s a run, median of ${ROUNDS} rounds ` +
        `(non-2xx and errors: sum over the rounds)${quick ? ", --quick" : ""}\n`,
    );
    console.log(format(rows));
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(
      os.totalmem() / 2 ** 30,
    )} GB, Node ${process.version}`;
    console.log(`\n${machine}`);
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
          rows: rows.map(({ target, run, ratio }) => ({
            request: target.name,
            method: target.method,
            path: target.path || "/api/quiz-attempts/[id]/responses",
            ...run,
            ratioToFloor: ratio,
            floor: target.floor,
          })),
          rounds_raw: TARGETS.map((t) => ({ request: t.name, runs: runs.get(t) })),
        },
        null,
        2,
      )}\n`,
    );
    console.log("Written to bench/results/load.json");
  } finally {
    if (server) await stopServer(server);
    await dropDatabase(admin, name).catch(() => undefined);
    await postgres?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

// bench/web.ts imports the seeding and server helpers above without running this benchmark.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
