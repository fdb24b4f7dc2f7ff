import { expect, test } from "./fixtures";
import { createAccount, uniqueEmail } from "./helpers";
import { seedReviewHistory } from "./seed-reviews";

test("a learner with a year of reviews optimises FSRS and sees both figures", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("fsrs");
  await createAccount(page, { name: "Fitted Learner", email, password: "fsrs-password" });
  await expect(page.getByRole("heading", { name: "Welcome, Fitted Learner" })).toBeVisible();

  // No reviews yet: the panel says how many are needed and the button waits.
  await page.goto("/settings");
  const panel = page.getByRole("region", { name: "Scheduling fitted to you" });
  const button = panel.getByRole("button", { name: "Optimise now" });
  await expect(panel.getByText("Not optimised yet")).toBeVisible();
  await expect(panel.getByText(/you have 0, so 80 more are needed/)).toBeVisible();
  await expect(button).toBeDisabled();

  // The workload table sits beside the retention setting, from 70% to 97%.
  const workload = page.getByRole("region", { name: "Workload by desired retention" });
  await expect(workload.getByRole("rowheader", { name: "70%" })).toBeVisible();
  await expect(workload.getByRole("rowheader", { name: "97%" })).toBeVisible();
  await expect(workload.getByRole("rowheader", { name: /90%\s*\(your setting\)/ })).toBeVisible();
  await expect(workload).toContainText("FSRS's default parameters");

  // A cleared limit is refused, not saved as 0; a saved change reaches the table at once.
  const newCards = page.getByRole("spinbutton", { name: "New cards per day" });
  await newCards.fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter a number.")).toBeVisible();
  await expect(page.getByText("Settings saved.")).toHaveCount(0);
  await newCards.fill("15");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect(workload).toContainText("15 new cards a day");

  await seedReviewHistory(email);
  await page.reload();
  await expect(panel.getByText(/\d+ of your reviews count towards optimisation/)).toBeVisible();
  await expect(button).toBeEnabled();

  // Keyboard only: focus the button and press Enter.
  const reply = page.waitForResponse(
    (r) => r.url().endsWith("/api/settings/fsrs") && r.request().method() === "POST",
  );
  await button.focus();
  await page.keyboard.press("Enter");
  const { data } = (await (await reply).json()) as {
    data: {
      lastRun: {
        defaults: { logLoss: number; rmseBins: number };
        personal: { logLoss: number; rmseBins: number };
      };
    };
  };
  await expect(panel.getByRole("status").filter({ hasText: /^Done\./ })).toBeVisible({
    timeout: 60_000,
  });

  // Both figures of both parameter sets, as the server measured them.
  const figures = panel.getByRole("table");
  const defaultRow = figures.getByRole("row", { name: /^Default/ });
  const personalRow = figures.getByRole("row", { name: /^Personal/ });
  const { defaults, personal } = data.lastRun;
  expect(personal.logLoss).not.toBe(defaults.logLoss);
  await expect(defaultRow.getByRole("cell").first()).toHaveText(defaults.logLoss.toFixed(4));
  await expect(defaultRow.getByRole("cell").nth(1)).toHaveText(
    `${(defaults.rmseBins * 100).toFixed(2)}%`,
  );
  await expect(personalRow.getByRole("cell").first()).toHaveText(personal.logLoss.toFixed(4));
  await expect(personalRow.getByRole("cell").nth(1)).toHaveText(
    `${(personal.rmseBins * 100).toFixed(2)}%`,
  );
  await expect(personalRow).toContainText("(in use)");
  await expect(panel.getByText("Last optimised")).toBeVisible();
  await expect(panel.getByText(/You can optimise again from/)).toBeVisible();
  await expect(button).toBeDisabled();

  // The page and the workload table now speak of the personal parameters.
  await expect(page.getByText(/with your personal parameters\./)).toBeVisible();
  await expect(workload).toContainText("your personal FSRS parameters");

  // A reload shows the same stored result.
  await page.reload();
  await expect(personalRow).toContainText("(in use)");
  await expect(panel.getByText("Last optimised")).toBeVisible();
});
