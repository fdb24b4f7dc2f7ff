import { expect, test } from "./fixtures";
import { signUp, uniqueEmail } from "./helpers";

// The browser of this test is in Tokyo: the new account's days are Tokyo days.
test.use({ timezoneId: "Asia/Tokyo" });

test("a new account takes the browser's time zone, shown and changeable in settings", async ({
  page,
}) => {
  await signUp(page, {
    name: "Zone Learner",
    email: uniqueEmail("zone"),
    password: "a-good-password",
  });
  await expect(page).toHaveURL("/");

  await page.goto("/settings");
  const zone = page.getByLabel("Time zone");
  await expect(zone).toHaveValue("Asia/Tokyo");
  await zone.selectOption("Europe/Brussels");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Brussels");
});
