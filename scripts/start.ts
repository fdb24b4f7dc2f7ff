// `npm start` (production build) and `npm run dev` (next dev): one command from a fresh clone
// to a running app. Without DATABASE_URL it runs an embedded PostgreSQL with its data in
// .data/postgres (kept across restarts), applies migrations, seeds, builds when the sources
// changed, serves on PORT (3000), and on Ctrl-C stops the app, then the database, cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import nextEnv from "@next/env";
import { missingProductionSettings, readEnv } from "../lib/env";
import { DATA_DIR, ensureAuthSecret, waitForHttp } from "./lib/app-env";
import { needsBuild } from "./lib/build-state";
import {
  databaseUrl,
  ensureDatabase,
  migrateDatabase,
  run,
  startEmbeddedPostgres,
  stopStalePostmaster,
} from "./lib/postgres";
import { serverProcessEnv } from "./lib/server-env";

const dev = process.argv.includes("--dev");
nextEnv.loadEnvConfig(process.cwd(), dev);

const port = Number(process.env.PORT || 3000);
const step = (message: string) => console.log(`▸ ${message}`);

async function main() {
  let stopDatabase: (() => Promise<void>) | undefined;
  const embedded = !process.env.DATABASE_URL;
  // Checked before anything starts: a deployment on its own database must bring its secret
  // and public URL; a local install gets a generated secret and each request's own origin.
  const config = readEnv({
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    EMBEDDED_DATABASE: embedded ? "1" : "0",
  });
  const missing = missingProductionSettings(config);
  if (missing.length) {
    console.error(`The app cannot start:\n${missing.map((m) => `  - ${m}`).join("\n")}`);
    process.exit(1);
  }
  if (embedded) {
    const dataDir = path.join(DATA_DIR, "postgres");
    await stopStalePostmaster(dataDir);
    const shownDir = path.relative(process.cwd(), dataDir);
    step(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${shownDir}/)`);
    const server = await startEmbeddedPostgres({ dataDir, persistent: true });
    stopDatabase = server.stop;
    await ensureDatabase(server.adminUrl, "partnership_study");
    process.env.DATABASE_URL = databaseUrl(server.adminUrl, "partnership_study");
    process.env.EMBEDDED_DATABASE = "1";
  } else {
    step("Using the database at DATABASE_URL");
  }

  let child: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child?.once("exit", resolve));
    }
    await stopDatabase?.();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    process.env.NEXTAUTH_SECRET = ensureAuthSecret();
    // Without NEXTAUTH_URL, next-auth builds its links (sign-out, callbacks) from the host
    // the browser used, so http://127.0.0.1:3000 stays on 127.0.0.1 after signing out.
    if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST = "1";
    // A local install has no mail server: its email (password-reset links) is written to a
    // folder instead, which the ready message names.
    const outbox = embedded && !process.env.SMTP_URL && !process.env.MAIL_OUTBOX_DIR;
    if (outbox) process.env.MAIL_OUTBOX_DIR = path.join(DATA_DIR, "outbox");
    const seedDemo = embedded || process.env.SEED_DEMO === "1";
    process.env.SEED_DEMO = seedDemo ? "1" : "0";

    step("Applying database migrations");
    const migrated = await migrateDatabase(process.env.DATABASE_URL!);
    if (!migrated) step("No migration pending");
    // The seed only creates the demo accounts (and, with a new demo instructor, the demo class):
    // without them there is nothing to start it for
    // (a process of its own, several seconds of a restart on a busy machine).
    if (seedDemo) {
      step("Seeding the demo accounts");
      await run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
    }

    if (!dev && needsBuild()) {
      step("Building the app (next build); this takes a minute or two the first time");
      await run("npx", ["next", "build"]);
    }

    step(`Starting ${dev ? "the development server" : "the app"} on port ${port}`);
    // Our own server in front of Next (scripts/serve.ts): it takes the caller's address from
    // the socket for the rate limits.
    // Node with tsx's loader directly: going through npx costs a process and seconds.
    const serveArgs = ["--import", "tsx", "scripts/serve.ts", "-p", String(port)];
    if (dev) serveArgs.push("--dev");
    child = spawn(process.execPath, serveArgs, {
      stdio: "inherit",
      env: serverProcessEnv(process.env),
    });
    child.on("exit", (code) => void shutdown(code ?? 0));

    // Ready once /library answers: that first request loads the content, generates the question
    // bank and renders a page, so the learner's first request does not wait for them.
    if (await waitForHttp(`http://localhost:${port}/library`, 120_000)) {
      const password = process.env.DEMO_PASSWORD || "demo-password";
      console.log(`\n  App ready on http://localhost:${port}`);
      if (seedDemo) {
        console.log("  Demo accounts (password: " + password + "):");
        console.log("    learner@example.com     learner");
        console.log("    instructor@example.com  instructor (with a demo class and its results)");
      }
      if (outbox) {
        const shown = path.relative(process.cwd(), process.env.MAIL_OUTBOX_DIR!);
        console.log(
          `  Email is not sent: each message (a password-reset link) is a file in ${shown}/.`,
        );
      }
      console.log("  Press Ctrl-C to stop.\n");
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

void main();
