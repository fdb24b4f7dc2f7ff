import { expect, scanAgain, test, type Page } from "./fixtures";
import { createAccount, startFiveTrueFalse, uniqueEmail, zoneNearMidday } from "./helpers";
import { seedReviewHistory } from "./seed-reviews";

// Local days decide the counts: run them in a zone where it is midday, not at the wall clock.
test.use({ timezoneId: zoneNearMidday() });

async function tile(page: Page, label: string) {
  return page.getByText(label, { exact: true }).locator("xpath=following-sibling::dd[1]");
}

test("quiz answers and reviews show on the dashboard; the export matches; account deleted", async ({
  page,
  browser,
}, testInfo) => {
  const email = uniqueEmail("progress");
  await createAccount(page, { name: "Progress Learner", email, password: "progress-password" });
  await expect(page.getByRole("heading", { name: "Welcome, Progress Learner" })).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByText("Your progress starts with your first answer")).toBeVisible();

  // A five-question true/false practice quiz, every answer "True".
  await startFiveTrueFalse(page, "Practice");
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByText(`Question ${n} of 5`).first()).toBeVisible();
    await page.getByRole("radio", { name: /True/ }).first().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(
      page.getByRole("heading", { level: 3, name: /^(Correct|Incorrect)/ }),
    ).toBeVisible();
    await page.getByRole("button", { name: n < 5 ? /Next question/ : /See results/ }).click();
  }
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false))
    await dialog.getByRole("button", { name: "See results" }).click();
  await expect(page.getByRole("heading", { name: /Your score: \d+%/ })).toBeVisible();
  const correct = Number(
    (await page.getByText(/\d of 5 correct/).textContent())!.match(/(\d) of 5 correct/)![1],
  );

  // Two flashcard reviews.
  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add to my study: Partnership for Peace" }).click();
  await page.getByRole("link", { name: /Study this deck\s*: Partnership for Peace/ }).click();
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press("Space");
    await page.keyboard.press("3");
    await expect(page.getByLabel("Cards left today")).toContainText(
      new RegExp(`Learning\\s*${i + 1}`),
    );
  }
  // The grades go out in the background: leave once they are saved.
  await expect(page.getByText("Saving your grades…")).toHaveCount(0);

  await page.goto("/progress");
  await expect(await tile(page, "Questions answered")).toHaveText("5");
  await expect(await tile(page, "Cards reviewed")).toHaveText("2");
  await expect(await tile(page, "Days studied")).toHaveText("1");
  await expect(page.getByRole("heading", { name: "Mastery by programme" })).toBeVisible();
  await expect(
    page.getByText(/Mastery of a programme = \(quiz accuracy \+ flashcard recall\)/),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Mastery by programme" })).toContainText(/\d+%/);
  await expect(page.getByRole("heading", { name: "Study calendar, last 365 days" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Cards due, next 30 days/ })).toBeVisible();
  // A chart's table is drawn when opened, not sent with every page: a month of one day with 5
  // answers and 2 reviews.
  const calendar = page.getByRole("region", { name: "Study calendar, last 365 days" });
  await expect(calendar.getByRole("table")).toHaveCount(0);
  await calendar.getByText("Show as a table").click();
  const months = calendar.getByRole("table", {
    name: "Days studied, answers and reviews per month",
  });
  await expect(months.getByRole("row").nth(1).getByRole("cell")).toHaveText(["1", "5", "2"]);
  await page.screenshot({ path: "test-results/progress-dashboard.png", fullPage: true });

  // Opened before the page's script has run, the table still comes once it has. In a context
  // of its own without the service worker, which would answer the script requests itself.
  const early = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    serviceWorkers: "block",
    storageState: await page.context().storageState(),
    timezoneId: testInfo.project.use.timezoneId,
  });
  const earlyPage = await early.newPage();
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await earlyPage.route("**/_next/static/chunks/*.js", async (route) => {
    held += 1;
    await scriptsHeld;
    await route.continue();
  });
  await earlyPage.goto("/progress", { waitUntil: "domcontentloaded" });
  const daily = earlyPage.getByRole("region", { name: /Questions and cards per day/ });
  await daily.getByText("Show as a table").click();
  await expect(daily.locator("details")).toHaveAttribute("open", "");
  expect(held).toBeGreaterThan(0);
  release();
  await expect(daily.getByRole("table")).toContainText("Questions answered");
  await early.close();

  // The export holds exactly that work.
  const response = await page.request.get("/api/account/export?format=json");
  expect(response.status()).toBe(200);
  const data = await response.json();
  expect(data.profile.email).toBe(email);
  expect(data.quizAttempts).toHaveLength(1);
  expect(data.quizResponses).toHaveLength(5);
  expect(data.quizResponses.filter((r: { correct: boolean }) => r.correct)).toHaveLength(correct);
  expect(data.reviewLogs).toHaveLength(2);
  expect(data.cardStates).toHaveLength(2);
  const zip = await page.request.get("/api/account/export?format=csv");
  expect(zip.headers()["content-type"]).toBe("application/zip");

  // Deleting the account asks for the email, then signs out for good.
  await page.goto("/account");
  const confirm = page.getByLabel(/Type your email/);
  await confirm.fill("wrong@example.com");
  await expect(page.getByRole("button", { name: "Delete my account permanently" })).toBeDisabled();
  await confirm.fill(email);
  await page.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("progress-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Incorrect email or password.",
  );
});

test.describe("at a phone's width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("each chart's table scrolls in a named box that the keyboard reaches", async ({ page }) => {
    const email = uniqueEmail("progress-tables");
    await createAccount(page, { name: "Table Reader", email, password: "progress-password" });
    await expect(page.getByRole("heading", { name: "Welcome, Table Reader" })).toBeVisible();
    // A year of reviews: a table of months, of this month's days and of the days cards are due,
    // each longer than its box at this width.
    await seedReviewHistory(email);
    await page.goto("/progress");
    const captions = [
      "Days studied, answers and reviews per month",
      "Days with answers or reviews in the last 30 days",
      "Days with cards due in the next 30 days",
    ];
    for (const fold of await page.getByText("Show as a table").all()) await fold.click();
    await expect(page.getByRole("table")).toHaveCount(captions.length);
    for (const caption of captions) {
      // The box is named by its table's caption and is a tab stop: from the keyboard, focus on
      // it is what scrolls it (there is nothing focusable in the table to scroll to).
      const box = page.getByRole("region", { name: caption, exact: true });
      await expect(box.getByRole("table", { name: caption })).toBeVisible();
      await expect(box).toHaveAttribute("tabindex", "0");
      expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      await box.focus();
      await page.keyboard.press("End");
      await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    }
    // axe, on the page with its tables open (scrollable-region-focusable failed the three).
    await scanAgain(page);
  });
});
