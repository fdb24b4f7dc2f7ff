// Fault scenario (a): the database stopped in the middle of a quiz, in a real browser.
// The app runs on its own embedded PostgreSQL (never the shared server), which the scenario
// stops (a fast shutdown: every connection cut) and starts again. In Chromium a learner
// answers an exam of ten true/false questions: three before the outage, five during it (and
// changes one answer the server already had), two after. The player must say that the
// server is not answering while keeping every answer, then send them once the database is
// back. Afterwards the database must hold exactly the newest answer to each of the ten
// questions, and the submitted exam must count each once in the progress rollups.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, expect as baseExpect, type Page } from "@playwright/test";
import { signUp } from "../../e2e/helpers";
import { systemChromium } from "../lib/chromium";
import {
  databaseUrl as withDatabase,
  ensureDatabase,
  migrateDatabase,
  startEmbeddedPostgres,
} from "../lib/postgres";
import { newEmail } from "./api-client";
import { startApp, type AppInstance } from "./app-instance";
import type { Outcome, ScenarioContext } from "./context";

const QUESTIONS = 10;
// Sign-up hashes a password and pages render on a loaded machine: generous waits.
const expect = baseExpect.configure({ timeout: 30_000 });
const RETRYING = /The server did not answer/;

/** Answers question n (1-based) from the navigator: "1" is True, "2" False. */
async function answer(page: Page, n: number, value: boolean) {
  await page.getByRole("button", { name: new RegExp(`^Question ${n},`) }).click();
  await expect(page.getByText(`Question ${n} of ${QUESTIONS}`).first()).toBeVisible();
  await page.keyboard.press(value ? "1" : "2");
}

/** The player's save status (the header's live region). */
const saveStatus = (page: Page) =>
  page
    .getByRole("status")
    .filter({ hasText: /^(✓ )?(Saved|Saving…|Offline|The server|Not saved)/ });

export async function databaseStopped(context: ScenarioContext): Promise<Outcome> {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "study-faults-pg-"));
  chmodSync(dir, 0o755); // as root, the server runs as the `postgres` OS user
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    persistent: true,
  });
  let app: AppInstance | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  let databaseUp = true;
  const url = withDatabase(postgres.adminUrl, "study");
  try {
    await ensureDatabase(postgres.adminUrl, "study");
    // Independent start-ups, side by side: the app needs its database only once asked.
    const startUps = await Promise.allSettled([
      migrateDatabase(url),
      startApp({ databaseUrl: url, secret: context.secret }).then((a) => (app = a)),
      chromium
        .launch({
          executablePath: systemChromium(),
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        })
        .then((b) => (browser = b)),
    ]);
    for (const one of startUps) if (one.status === "rejected") throw one.reason;
    if (!app || !browser) throw new Error("unreachable: both started");
    const page = await (await browser.newContext({ baseURL: app.origin })).newPage();
    page.setDefaultTimeout(30_000);
    await signUp(page, {
      name: "Outage Learner",
      email: newEmail("outage"),
      password: "outage-learner-pw",
    });
    await expect(page.getByRole("heading", { name: "Welcome, Outage Learner" })).toBeVisible();
    const quiz = await page.request.post("/api/quiz-attempts", {
      data: { mode: "exam", count: QUESTIONS, kinds: ["true-false"] },
      headers: { Origin: app.origin },
    });
    expect(quiz.status()).toBe(201);
    const { attemptId } = ((await quiz.json()) as { data: { attemptId: string } }).data;
    await page.goto(`/quizzes/${attemptId}`);
    await expect(page.getByText(`Question 1 of ${QUESTIONS}`).first()).toBeVisible();

    // The newest answer to each question, 1-based; what the database must hold at the end.
    const given = new Map<number, boolean>();
    const give = async (n: number, value: boolean) => {
      await answer(page, n, value);
      given.set(n, value);
    };
    for (const n of [1, 2, 3]) await give(n, n % 2 === 1);
    await expect(saveStatus(page)).toHaveText(/Saved$/);

    await postgres.stop();
    databaseUp = false;
    const outageStarted = Date.now();
    for (const n of [4, 5, 6, 7, 8]) await give(n, n % 2 === 1);
    await give(2, true); // saved as False before the outage, changed during it
    await expect(saveStatus(page)).toHaveText(RETRYING);
    await expect(page.getByText(`8 of ${QUESTIONS} answered`)).toBeVisible();
    const said = (await saveStatus(page).textContent())?.trim() ?? "";
    // A few retries against the stopped database before it comes back.
    await page.waitForTimeout(Math.max(0, 6_000 - (Date.now() - outageStarted)));
    const outageSeconds = (Date.now() - outageStarted) / 1000;
    await postgres.start();
    databaseUp = true;

    for (const n of [9, 10]) await give(n, n % 2 === 1);
    const backAt = Date.now();
    await expect(saveStatus(page)).toHaveText(/Saved$/, { timeout: 60_000 });
    const catchUpSeconds = (Date.now() - backAt) / 1000;
    // What the server holds: this device's unsent answers wiped, the page reloaded.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(page.getByText(`${QUESTIONS} of ${QUESTIONS} answered`)).toBeVisible();

    const stored = await context.query<{ position: number; answer: { value: boolean } }>(
      url,
      `SELECT position, answer FROM "QuizResponse" WHERE "attemptId" = $1 ORDER BY position`,
      [attemptId],
    );
    const wrong = stored.filter((r) => given.get(r.position + 1) !== r.answer.value);
    const submit = await page.request.post(`/api/quiz-attempts/${attemptId}/submit`, {
      headers: { Origin: app.origin, "Content-Type": "application/json" },
    });
    const [counts] = await context.query<{ counted: number; daily: number }>(
      url,
      `SELECT (SELECT count(*) FROM "CountedAnswer")::int AS counted,
              (SELECT coalesce(sum(answers), 0) FROM "DailyActivity")::int AS daily`,
    );
    const problems: string[] = [];
    if (!RETRYING.test(said)) problems.push(`during the outage the player said "${said}"`);
    if (stored.length !== QUESTIONS) problems.push(`stored ${stored.length} of ${QUESTIONS}`);
    if (wrong.length) problems.push(`${wrong.length} stored answers are not the newest given`);
    if (submit.status() !== 200) problems.push(`submit: ${submit.status()}`);
    if (counts!.counted !== QUESTIONS || counts!.daily !== QUESTIONS)
      problems.push(`counted ${counts!.counted}, in the daily rollup ${counts!.daily}`);
    const detail =
      `outage ${outageSeconds.toFixed(1)} s, the player said "${said.slice(0, 60)}…"; ` +
      `answered ${given.size} (5 during the outage, 1 changed), stored ${stored.length}, ` +
      `newest ${stored.length - wrong.length}/${QUESTIONS}, saved ${catchUpSeconds.toFixed(1)} s ` +
      `after the restart; submitted: counted ${counts!.counted}, daily rollup ${counts!.daily}`;
    return {
      name: "(a) database stopped mid-quiz (Chromium)",
      ok: problems.length === 0,
      detail: problems.length ? `${detail}\n    ${problems.join("\n    ")}` : detail,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await browser?.close();
    await app?.stop();
    await context.release(url);
    if (!databaseUp) await postgres.start().catch(() => undefined);
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
