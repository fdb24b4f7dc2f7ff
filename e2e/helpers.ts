import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "demo-password";

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.example`;
}

/** Who signs up, in `signUp` (through the form) and `createAccount` (by request). */
type NewAccount = {
  name: string;
  email: string;
  password: string;
  role?: "learner" | "instructor";
};

export async function signUp(page: Page, { name, email, password, role = "learner" }: NewAccount) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page
    .getByRole("radio", { name: role === "learner" ? /A learner/ : /An instructor/ })
    .check();
  await page.getByRole("button", { name: "Create account" }).click();
}

/**
 * A new account, signed in and on its home page, through the requests the sign-up form sends
 * (the account with the browser's time zone, then next-auth's credentials sign-in), without
 * walking the form. For journeys that are not about signing up: the form is walked by `signUp`
 * in the auth, time zone and first-hour specs. The form on a new browser context, scanned and
 * filled, took about 7 s a journey on this machine (README, "Tests").
 */
export async function createAccount(
  page: Page,
  { name, email, password, role = "learner" }: NewAccount,
) {
  // The page may still be on about:blank: the site is the project's (playwright.config.ts).
  const origin = new URL(test.info().project.use.baseURL!).origin;
  // The CSRF guard wants the origin the browser would send.
  const headers = { Origin: origin };
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const created = await page.request.post("/api/users", {
    data: { name, email, password, role: role === "learner" ? "LEARNER" : "INSTRUCTOR", timeZone },
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
  // next-auth's sign-in, as `signIn("credentials")` in the browser makes it; its session cookie
  // lands in the page's context.
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken: csrf.csrfToken, callbackUrl: `${origin}/`, json: "true" },
    headers,
  });
  const reply = (await signedIn.json()) as { url?: string };
  expect(reply.url ?? "", "the credentials sign-in").not.toContain("error");
  await page.goto("/");
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Opens the account menu. A click that lands before the page's script has run is lost (the
 * menu opens from React state), so it clicks again until the button says it is expanded.
 */
export async function openAccountMenu(page: Page) {
  const button = page.getByRole("button", { name: /Account menu/ });
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass();
}

export async function signOut(page: Page) {
  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Each journey of issue 14 runs at a desktop width and at a 390 px phone width. */
export const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;
/**
 * A time zone in which it is now about midday (UTC+12 … UTC−11, as an Etc/GMT zone), for
 * journeys whose counts depend on the local day: a learning card due in 10 minutes is on
 * today's date there whatever the wall clock says when the test runs (in UTC, near midnight,
 * it fell on the next day). A learner who signs up in this browser gets this zone.
 */
export function zoneNearMidday(now = new Date()): string {
  const offset = 12 - now.getUTCHours(); // local hour = UTC hour + offset = 12
  if (offset === 0) return "Etc/GMT";
  // Etc/GMT signs are POSIX-style, inverted: Etc/GMT-3 is three hours ahead of UTC.
  return `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

/** Reads the test database directly: what a journey stored, beyond what the pages show. */
export async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A datetime-local value in UTC (new accounts here use UTC), hours from now. */
export function localInput(hoursFromNow: number): string {
  return new Date(Date.now() + hoursFromNow * 3_600_000).toISOString().slice(0, 16);
}

/**
 * A JSON call as the page's own scripts make it (the CSRF guard wants the origin, as the
 * browser sends it): the route's data, after checking that it said yes.
 */
export async function postJson<T = unknown>(page: Page, url: string, data: unknown): Promise<T> {
  const response = await page.request.post(url, {
    data,
    headers: { Origin: new URL(page.url()).origin },
  });
  const text = await response.text();
  expect(response.ok(), `${url}: ${text}`).toBe(true);
  const body = JSON.parse(text) as { ok: boolean; data: T };
  expect(body.ok, `${url}: ${text}`).toBe(true);
  return body.data;
}

// Classes, sets and assignments are seeded through the API, not clicked together, by the
// signed-in instructor on `page`.

export function createClass(page: Page, name: string) {
  return postJson<{ id: string; joinCode: string }>(page, "/api/classes", {
    name,
    description: "",
  });
}

/** A flashcard set of the decks of the given programmes. */
export function createFlashcardSet(page: Page, name: string, programmeIds: string[]) {
  return postJson<{ id: string }>(page, "/api/sets/flashcards", { name, programmeIds });
}

/** Assigns the set to the class: open since an hour ago, due in two days, in UTC. */
export function assignSet(page: Page, classId: string, setId: string) {
  return postJson(page, "/api/assignments", {
    classId,
    setId,
    opensAt: localInput(-1),
    dueAt: localInput(48),
    timeZone: "UTC",
    attemptsAllowed: null,
    lateCounts: false,
  });
}

/**
 * From the quiz set-up form: five true/false statements, practice or exam (timed with
 * `minutes`), started and on question 1.
 */
export async function startFiveTrueFalse(
  page: Page,
  mode: "Practice" | "Exam",
  minutes?: number,
): Promise<void> {
  await page.goto("/quizzes/new");
  await page.getByRole("radio", { name: new RegExp(mode) }).check();
  if (minutes !== undefined) {
    await page.getByRole("checkbox", { name: "Time limit" }).check();
    await page.getByRole("spinbutton", { name: "Time limit in minutes" }).fill(String(minutes));
  }
  await page.getByRole("checkbox", { name: "True or false" }).check();
  await page.getByLabel(/Number of questions/).focus();
  await page.keyboard.press("Home");
  const noun = mode === "Exam" ? "exam" : "quiz";
  await page.getByRole("button", { name: `Start ${noun} (5 questions)` }).click();
  await expect(page.getByText("Question 1 of 5").first()).toBeVisible();
}
