import type { Request } from "@playwright/test";
import { expect as baseExpect, test, type BrowserContext, type Page } from "./fixtures";
import {
  createAccount,
  query,
  signIn,
  startFiveTrueFalse,
  uniqueEmail,
  zoneNearMidday,
} from "./helpers";

// Issue 17: the installable app works offline. Service workers need the production build,
// which is what the end-to-end suite serves. Local days decide the counts: midday zone.
test.use({ timezoneId: zoneNearMidday() });
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 180_000 });

/** Waits until the service worker controls the page and holds a copy of `path`. */
async function keptOffline(page: Page, path: string) {
  // Installing precaches the app shell, which takes a while on a busy machine.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await expect(page.locator("body")).toBeVisible();
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  await expect
    .poll(() => page.evaluate(async (p) => Boolean(await caches.match(p)), path), {
      timeout: 30_000,
    })
    .toBe(true);
}

async function startStudying(page: Page, name: string, email: string, password: string) {
  await createAccount(page, { name, email, password });
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  // A click that lands before the page is interactive does nothing: click until it leaves.
  await expect(async () => {
    await page
      .getByRole("region", { name: "Flashcards today" })
      .getByRole("button", { name: "Start studying" })
      .click({ timeout: 5_000 });
    await expect(page).toHaveURL("/flashcards/study", { timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  // The pack comes after the first paint: offline study needs it on the device.
  await expect(page.locator("[data-pack-ready=true]")).toBeVisible();
}

/** Grades the card on screen with `rating` (keys 1-4) and returns its front. */
async function grade(page: Page, rating: 1 | 2 | 3 | 4): Promise<string> {
  const front = page.locator("#card-front");
  const text = (await front.textContent())!;
  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "How well did you remember?" })).toBeVisible();
  await page.keyboard.press(String(rating));
  await expect(front).not.toHaveText(text);
  return text;
}

type LogRow = { requestId: string; rating: number; front: string; review: Date };

/** How many reviews the database holds for the account with this e-mail. */
async function reviewCount(email: string): Promise<number | undefined> {
  const rows = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ReviewLog" r JOIN "User" u ON u.id = r."userId"
     WHERE u.email = $1`,
    [email],
  );
  return rows[0]?.n;
}

function studyPack(page: Page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("study-offline:pack:"));
    return JSON.parse(localStorage.getItem(key!)!).pack as {
      owner: string;
      cards: { id: string; front: string }[];
      states: Record<string, { memory: { due: string; state: number; stability: number } }>;
    };
  });
}

test("ten cards reviewed offline, across a reload, are recorded once each back online", async ({
  page,
  context,
}) => {
  await startStudying(page, "Olive Offline", uniqueEmail("offline"), "pw-offline-olive");
  await keptOffline(page, "/flashcards/study");

  await context.setOffline(true);
  await expect(
    page.getByText(/You are offline\. Your grades are kept on this device/),
  ).toBeVisible();
  const ratings = [3, 4, 2, 3, 4, 3, 3, 4, 2, 4] as const;
  const graded: string[] = [];
  for (const rating of ratings.slice(0, 5)) graded.push(await grade(page, rating));
  await expect(page.getByText("(5 waiting)")).toBeVisible();

  // Reload with no network: the service worker serves the page, the device keeps the rest.
  await page.reload();
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await expect(page.getByText("(5 waiting)")).toBeVisible();
  await expect(page.locator("#card-front")).not.toHaveText(graded[4]!);
  for (const rating of ratings.slice(5)) graded.push(await grade(page, rating));
  await expect(page.getByText("(10 waiting)")).toBeVisible();
  const device = await studyPack(page);

  await context.setOffline(false);
  await expect(page.getByText("10 grades made offline saved.")).toBeVisible();
  await expect(page.getByText(/You are offline/)).toHaveCount(0);

  const logs = await query<LogRow & { cardId: string }>(
    `SELECT l."requestId", l.rating, l.review, l."cardId", '' AS front
     FROM "ReviewLog" l WHERE l."userId" = $1 ORDER BY l.review`,
    [device.owner],
  );
  const frontOf = new Map(device.cards.map((c) => [c.id, c.front]));
  expect(logs.map((l) => frontOf.get(l.cardId))).toEqual(graded);
  expect(logs.map((l) => l.rating)).toEqual([...ratings]);
  expect(new Set(logs.map((l) => l.requestId)).size).toBe(10);
  const states = await query<{ cardId: string; state: number; due: Date; version: number }>(
    `SELECT "cardId", state, due, version FROM "CardState" WHERE "userId" = $1`,
    [device.owner],
  );
  expect(states).toHaveLength(10);
  for (const row of states) {
    const mine = device.states[row.cardId]!.memory;
    expect(row.version).toBe(1);
    expect(row.state).toBe(mine.state);
    expect(row.due.toISOString()).toBe(mine.due);
  }
  // Easy graduates a new card to review (2); Good and Hard keep it learning (1).
  expect(states.filter((s) => s.state === 2)).toHaveLength(ratings.filter((r) => r === 4).length);
});

test("grades made offline before a reload are confirmed once sent", async ({ page, context }) => {
  await startStudying(page, "Rhea Reload", uniqueEmail("offline-reload"), "pw-offline-rhea");
  await keptOffline(page, "/flashcards/study");
  await context.setOffline(true);
  await grade(page, 3);
  await grade(page, 4);
  // Offline, undo waits for the network and says so.
  await expect(page.getByRole("button", { name: /Undo last grade/ })).toBeDisabled();
  await expect(page.getByRole("button", { name: /Undo last grade/ })).toHaveAccessibleDescription(
    "Undo works again once you are online.",
  );
  await page.reload();
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await expect(page.getByText("(2 waiting)")).toBeVisible();
  // Nothing graded since the reload: the grades found waiting are still announced.
  await context.setOffline(false);
  await expect(page.getByText("2 grades made offline saved.")).toBeVisible();
});

test("a grade made online whose reply a reload cut off is sent again, not called offline", async ({
  page,
  context,
}) => {
  const email = uniqueEmail("offline-cut");
  await startStudying(page, "Cyd Cutoff", email, "pw-offline-cyd");
  // The first grade's request never gets an answer (held, as on a stalled network); the page
  // is reloaded while it waits, so the grade is still in the device's queue.
  let held = false;
  await context.route("**/api/flashcards/reviews", async (route) => {
    if (held) return route.continue();
    held = true; // left unanswered: the reload cuts it off
  });
  await grade(page, 3);
  await expect.poll(() => held).toBe(true);
  await page.reload();
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await expect(page.getByText("1 grade kept on this device saved.")).toBeVisible();
  await expect(page.getByText(/made offline/)).toHaveCount(0);
  expect(await reviewCount(email)).toBe(1);
});

test("online, a study page the worker serves from its copy shows today's cards", async ({
  page,
  context,
}) => {
  const email = uniqueEmail("offline-slow");
  await startStudying(page, "Sal Slow", email, "pw-offline-sal");
  await keptOffline(page, "/flashcards/study");
  const graded = await grade(page, 3);
  const next = (await page.locator("#card-front").textContent())!;
  await expect.poll(() => reviewCount(email)).toBe(1);
  // A network slower than the worker waits for (3 s): the page comes from the copy it kept,
  // made before the grade, which still shows the graded card. Once the device's pack arrives
  // from the server, the page shows what the server holds now (it kept the graded card once).
  await context.route(
    (url) => url.pathname === "/flashcards/study",
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      await route.continue();
    },
  );
  await page.reload();
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await expect(page.locator("#card-front")).toHaveText(next);
  expect(next).not.toBe(graded);
});

test("a card graded offline here and online on another device: both kept, learner told", async ({
  page,
  context,
  browser,
}) => {
  const email = uniqueEmail("conflict");
  const password = "pw-offline-conflict";
  await startStudying(page, "Conor Conflict", email, password);
  await keptOffline(page, "/flashcards/study");
  const { owner } = await studyPack(page);

  await context.setOffline(true);
  await expect(page.getByText(/You are offline/)).toBeVisible();
  const front = await grade(page, 1);

  // Meanwhile, on another device, the same card is graded Easy online.
  const other: BrowserContext = await browser.newContext({ timezoneId: zoneNearMidday() });
  const phone = await other.newPage();
  await phone.goto("/signin?callbackUrl=%2Fflashcards%2Fstudy");
  await signIn(phone, email, password);
  await expect(phone.locator("[data-hydrated=true]")).toBeVisible();
  await expect(phone.locator("#card-front")).toHaveText(front);
  // The grade goes out in the background: the phone is closed once it is saved.
  const saved = phone.waitForResponse((r) => r.url().endsWith("/api/flashcards/reviews"));
  await grade(phone, 4);
  expect((await saved).ok()).toBe(true);
  await other.close();

  await context.setOffline(false);
  await expect(
    page.getByText(
      `“${front}”: this card was also reviewed on another device; ` +
        "its schedule was rebuilt from both reviews.",
    ),
  ).toBeVisible();
  const logs = await query<{ rating: number }>(
    `SELECT l.rating FROM "ReviewLog" l WHERE l."userId" = $1 ORDER BY l.review`,
    [owner],
  );
  // Again offline first, then Easy on the other device: both, in time order.
  expect(logs.map((l) => l.rating)).toEqual([1, 4]);
  const [state] = await query<{ version: number; reps: number }>(
    `SELECT version, reps FROM "CardState" WHERE "userId" = $1`,
    [owner],
  );
  expect(state).toEqual({ version: 2, reps: 2 });
});

test("a visited library page is served offline, other pages say so", async ({ page, context }) => {
  await page.goto("/library");
  await expect(page.getByRole("heading", { name: "Library", level: 1 })).toBeVisible();
  // A client-side navigation fetches no HTML: the app asks the worker to keep the page.
  await page
    .getByRole("link", { name: /^Partnership for Peace/ })
    .first()
    .click();
  await expect(page).toHaveURL("/library/pfp");
  await keptOffline(page, "/library/pfp");

  // Reopened while the worker controls it, the page comes through the worker's network-first
  // route, which keeps it: the page does not ask the worker to fetch (and the server to render)
  // it a second time. A client-side navigation next does ask, and the worker fetches in the
  // order it is asked, so by the time it fetches /library a second ask for this page would show.
  const workerFetches: string[] = [];
  const documents: string[] = [];
  context.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.serviceWorker()) workerFetches.push(path);
    else if (request.resourceType() === "document") documents.push(path);
  });
  await page.reload();
  // React has taken the document (a click from now on is a client-side navigation).
  await page.waitForFunction(() =>
    Object.keys(document.querySelector("main")!).some((key) => key.startsWith("__reactFiber$")),
  );
  await page.getByRole("navigation").getByRole("link", { name: "Library" }).first().click();
  await expect(page).toHaveURL("/library");
  await expect.poll(() => workerFetches.includes("/library")).toBe(true);
  expect(documents).toEqual(["/library/pfp"]);
  expect(workerFetches.filter((path) => path === "/library/pfp")).toHaveLength(1);
  await page.goto("/library/pfp");
  await expect(
    page.getByRole("heading", { name: /Partnership for Peace/, level: 1 }),
  ).toBeVisible();

  await context.setOffline(true);
  await page.goto("/library/pfp");
  await expect(
    page.getByRole("heading", { name: /Partnership for Peace \(PfP\)/, level: 1 }),
  ).toBeVisible();
  await expect(page.getByText("NATO established the Partnership for Peace in 1994.")).toBeVisible();

  await page.goto("/signup");
  await expect(
    page.getByRole("heading", { name: "You are offline — this page needs a connection" }),
  ).toBeVisible();
});

test("the quiz being taken reopens offline, with the answers given offline", async ({
  page,
  context,
}) => {
  await createAccount(page, {
    name: "Quinn Quiz",
    email: uniqueEmail("offline-quiz"),
    password: "pw-offline-quiz",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Quinn Quiz" })).toBeVisible();
  await startFiveTrueFalse(page, "Exam");
  await keptOffline(page, new URL(page.url()).pathname);

  await context.setOffline(true);
  for (const n of [1, 2]) {
    await page.getByRole("button", { name: new RegExp(`^Question ${n},`) }).click();
    await expect(page.getByText(`Question ${n} of 5`).first()).toBeVisible();
    await page.keyboard.press("1");
  }
  await expect(page.getByText("2 of 5 answered")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Question 1 of 5").first()).toBeVisible();
  await expect(page.getByText("2 of 5 answered")).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: /Saved$/ })).toBeVisible();
});

/** A quiz of five true/false statements started through the set-up form, kept for offline. */
async function startTrueFalse(page: Page, mode: "Practice" | "Exam", name: string) {
  await createAccount(page, { name, email: uniqueEmail("offline-copy"), password: "pw-copy-1" });
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  await startFiveTrueFalse(page, mode);
  const path = new URL(page.url()).pathname;
  // The worker's copy of the page is made now, before any answer (walk finding 3).
  await keptOffline(page, path);
  return path.split("/").at(-1)!;
}

const saved = (page: Page) => page.getByRole("status").filter({ hasText: /Saved$/ });

test("an exam reopened offline shows the answers given online since its copy was kept", async ({
  page,
  context,
}) => {
  const attemptId = await startTrueFalse(page, "Exam", "Cora Copy");
  const question = (n: number) => page.getByRole("button", { name: new RegExp(`^Question ${n},`) });
  // Online: questions 1 and 2 answered and saved, then the learner moves on to question 3.
  const api = `/api/quiz-attempts/${attemptId}`;
  // The bookmark of question 2 is held on its way until question 3's has landed (or 3 s): two
  // bookmarks out together once landed in the wrong order, and the server and this device
  // kept question 2. The player sends one at a time, so here the second waits for the first.
  const bookmarkOf = (request: Request) =>
    request.method() === "PATCH" && request.url().endsWith(api)
      ? (request.postDataJSON() as { currentPosition?: number }).currentPosition
      : undefined;
  const bookmarked = (n: number) => page.waitForResponse((r) => bookmarkOf(r.request()) === n);
  const thirdLanded = bookmarked(2);
  await page.route(`**${api}`, async (route) => {
    if (bookmarkOf(route.request()) === 1)
      await Promise.race([thirdLanded, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    await route.continue();
  });
  const secondLanded = bookmarked(1);
  for (const n of [1, 2]) {
    await question(n).click();
    await expect(page.getByText(`Question ${n} of 5`).first()).toBeVisible();
    const answered = page.waitForResponse(
      (r) => r.request().method() === "PUT" && r.url().endsWith(`${api}/responses`),
    );
    await page.keyboard.press("1");
    expect((await answered).ok()).toBe(true);
    await expect(question(n)).toHaveAccessibleName(`Question ${n}, answered`);
  }
  // Both bookmarks landed: the server's is question 3.
  await question(3).click();
  expect((await secondLanded).ok()).toBe(true);
  expect((await thirdLanded).ok()).toBe(true);
  const [place] = await query<{ currentPosition: number }>(
    `SELECT "currentPosition" FROM "QuizAttempt" WHERE id = $1`,
    [attemptId],
  );
  expect(place?.currentPosition).toBe(2);

  await context.setOffline(true);
  await page.keyboard.press("1");
  await expect(page.getByText("3 of 5 answered")).toBeVisible();
  // The worker serves the copy kept before any answer; the device fills in what it saw saved.
  await page.reload();
  await expect(page.getByText("Question 3 of 5").first()).toBeVisible();
  await expect(page.getByText("3 of 5 answered")).toBeVisible();
  for (const n of [1, 2, 3])
    await expect(question(n)).toHaveAccessibleName(`Question ${n}, answered`);
  await page.getByRole("button", { name: "Submit exam" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit the exam?" });
  await expect(dialog.getByText("3 of 5 questions answered.")).toBeVisible();
  await expect(dialog.getByText("2 unanswered (questions 4, 5): they score 0.")).toBeVisible();
  await dialog.getByRole("button", { name: "Back to the quiz" }).click();

  await context.setOffline(false);
  await expect(saved(page)).toBeVisible();
  await expect(page.getByText("3 of 5 answered")).toBeVisible();
  const rows = await query<{ position: number }>(
    `SELECT position FROM "QuizResponse" WHERE "attemptId" = $1 ORDER BY position`,
    [attemptId],
  );
  expect(rows.map((r) => r.position)).toEqual([0, 1, 2]);
});

test("a practice quiz reopened offline shows the answer checked online, and no other tab", async ({
  page,
  context,
}) => {
  const attemptId = await startTrueFalse(page, "Practice", "Pia Copy");
  const verdict = page.getByRole("heading", { level: 3, name: /^(Correct|Incorrect)/ });
  await page.keyboard.press("1");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(verdict).toBeVisible();
  const first = (await verdict.textContent())!;
  await expect(saved(page)).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  // The copy kept before the answer, with the answer and its verdict filled in from the device.
  await expect(page.getByText("1 of 5 answered")).toBeVisible();
  await expect(verdict).toHaveText(first);
  await expect(page.getByRole("radio").first()).toBeDisabled();
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByText("Question 2 of 5").first()).toBeVisible();
  await page.keyboard.press("2");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByText(/Your answer is kept on this device/)).toBeVisible();

  await context.setOffline(false);
  await expect(verdict).toBeVisible();
  await expect(page.getByText("2 of 5 answered")).toBeVisible();
  await expect(page.getByText(/another tab or window/)).toHaveCount(0);
  const rows = await query<{ position: number }>(
    `SELECT position FROM "QuizResponse" WHERE "attemptId" = $1 ORDER BY position`,
    [attemptId],
  );
  expect(rows.map((r) => r.position)).toEqual([0, 1]);
});
