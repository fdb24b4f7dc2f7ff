import { expect, test, type Page } from "./fixtures";
import { signUp, uniqueEmail, zoneNearMidday } from "./helpers";

// Local days decide the counts: run them in a zone where it is midday, not at the wall clock.
test.use({ timezoneId: zoneNearMidday() });

async function tile(page: Page, label: string) {
  return page.getByText(label, { exact: true }).locator("xpath=following-sibling::dd[1]");
}

test("quiz answers and reviews show on the dashboard; the export matches; account deleted", async ({
  page,
}) => {
  const email = uniqueEmail("progress");
  await signUp(page, { name: "Progress Learner", email, password: "progress-password" });
  await expect(page.getByRole("heading", { name: "Welcome, Progress Learner" })).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByText("Your progress starts with your first answer")).toBeVisible();

  // A five-question true/false practice quiz, every answer "True".
  await page.goto("/quizzes/new");
  await page.getByRole("checkbox", { name: "True or false" }).check();
  await page.getByLabel(/Number of questions/).focus();
  await page.keyboard.press("Home");
  await page.getByRole("button", { name: "Start quiz (5 questions)" }).click();
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
  await page.getByText("Show as a table").first().click();
  await expect(page.getByRole("table").first()).toBeVisible();
  await page.screenshot({ path: "test-results/progress-dashboard.png", fullPage: true });

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
