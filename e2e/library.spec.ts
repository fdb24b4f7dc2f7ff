import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("anyone can browse the library and read a programme with its sources", async ({ page }) => {
  await page.goto("/library");
  await expect(page.getByRole("heading", { name: "Library", level: 1 })).toBeVisible();
  for (const name of [
    "Partnership for Peace",
    "Individually Tailored Partnership Programmes",
    "Operational partnerships",
    "Multilateral and bilateral dialogues",
    "Consultations with non-member countries",
    "Flexibility and adaptability",
  ]) {
    await expect(page.getByRole("link", { name: new RegExp(`^${name}`) }).first()).toBeVisible();
  }

  await page
    .getByRole("link", { name: /^Partnership for Peace/ })
    .first()
    .click();
  await expect(page).toHaveURL("/library/pfp");
  await expect(
    page.getByRole("heading", { name: /Partnership for Peace \(PfP\)/, level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key dates" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Facts \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText("NATO established the Partnership for Peace in 1994.")).toBeVisible();

  // The source passage is one click away.
  const firstPassage = page.getByText("Show the passage").first();
  await firstPassage.click();
  await expect(page.locator("blockquote").first()).toContainText("1994");

  // Related formats link onwards.
  await page.goto("/library/dialogues");
  await expect(page.getByRole("heading", { name: "Related" })).toBeVisible();
  await page.getByRole("link", { name: "Mediterranean Dialogue" }).first().click();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(
    "Multilateral and bilateral dialogues",
  );
});

test("a programme page leads to a quiz and flashcards (after signing in)", async ({ page }) => {
  await page.goto("/library/itpp");
  await page.getByRole("link", { name: /Quiz on this/ }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL("/quizzes/new?programme=itpp");
  await expect(
    page.getByRole("checkbox", { name: "Individually Tailored Partnership Programmes" }),
  ).toBeChecked();
});

test("an unknown programme is a 404 page", async ({ page }) => {
  const response = await page.goto("/library/no-such-programme");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
