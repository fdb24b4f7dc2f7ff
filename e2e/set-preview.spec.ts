import { expect as baseExpect, test } from "./fixtures";
import { createAccount, uniqueEmail, VIEWPORTS } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 150_000 });

for (const { name: width, viewport } of VIEWPORTS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("the set preview shows options, key and explanation; pinning stays in place", async ({
      page,
    }) => {
      await createAccount(page, {
        name: "Sam Sets",
        email: uniqueEmail("preview"),
        password: "pw-set-preview",
        role: "instructor",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Sam Sets" })).toBeVisible();
      await page.goto("/sets/new?kind=quiz");
      await page.getByRole("textbox", { name: "Set name" }).fill("Preview check");
      // A programme beyond the source needs the background: the builder says so and adds it.
      const programmes = page.getByRole("group", { name: "Programmes" });
      await programmes.getByRole("checkbox", { name: /^Istanbul Cooperation Initiative/ }).check();
      const note = page.getByText(/^Istanbul Cooperation Initiative: its questions all come/);
      await expect(note).toBeVisible();
      await page.getByRole("button", { name: "Include NATO background" }).click();
      await expect(page.getByRole("checkbox", { name: /Include NATO background/ })).toBeChecked();
      await expect(note).toHaveCount(0);
      await programmes
        .getByRole("checkbox", { name: /^Istanbul Cooperation Initiative/ })
        .uncheck();
      await page.getByRole("checkbox", { name: /Include NATO background/ }).uncheck();
      await page
        .getByRole("group", { name: "Question types" })
        .getByRole("checkbox", { name: "Single choice" })
        .check();
      await page.getByRole("spinbutton", { name: "Number of questions" }).fill("5");
      await page.getByRole("button", { name: "Preview" }).click();

      // Direct children only: each item holds its own list of options.
      const items = page.getByRole("list", { name: "Previewed questions" }).locator(":scope > li");
      await expect(items.filter({ hasText: "Key:" })).toHaveCount(5);
      await expect(items.filter({ hasText: "Explanation:" })).toHaveCount(5);
      const options = items.nth(0).getByRole("list", { name: "Options" }).getByRole("listitem");
      expect(await options.count()).toBeGreaterThanOrEqual(2);

      const third = items.nth(2);
      // Its text: the item's second paragraph, after "Question 3".
      const before = (await third.locator("p").nth(1).innerText()).trim();
      expect(before.length).toBeGreaterThan(10);
      await third.getByRole("button", { name: "Pin question 3" }).click();
      const pinned = page.getByRole("button", { name: "Pinned question 3" });
      await expect(pinned).toHaveAttribute("aria-pressed", "true");
      await expect(pinned).toBeFocused();
      // Still the third question, in the same place.
      await expect(items.nth(2)).toContainText(before);
      await expect(page.getByText("1 pinned: in every quiz, asked first.")).toBeVisible();
      await page.screenshot({ path: `test-results/set-preview-${width}.png`, fullPage: true });
    });
  });
}

test("edit set: exclude a saved question, save, and the set page lists its replacement", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Eda Edits",
    email: uniqueEmail("set-edit"),
    password: "pw-set-edit",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Eda Edits" })).toBeVisible();
  await page.goto("/sets/new?kind=quiz");
  await page.getByRole("textbox", { name: "Set name" }).fill("Edit me");
  await page
    .getByRole("group", { name: "Question types" })
    .getByRole("checkbox", { name: "Single choice" })
    .check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill("5");
  await page.getByRole("button", { name: "Save set" }).click();
  await page.getByRole("link", { name: "Edit me", exact: true }).click();
  const generated = page.getByRole("region", { name: "Generated questions" }).getByRole("listitem");
  await expect(generated).toHaveCount(5);

  await page.getByRole("link", { name: "Edit set", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Edit “Edit me”" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Set name" })).toHaveValue("Edit me");
  await expect(page.getByRole("spinbutton", { name: "Number of questions" })).toHaveValue("5");
  // The saved questions, as the set page lists them: the builder opens with its preview.
  const items = page.getByRole("list", { name: "Previewed questions" }).locator(":scope > li");
  await expect(items).toHaveCount(5);
  const second = items.nth(1);
  // Its text: the item's second paragraph, after "Question 2".
  const dropped = (await second.locator("p").nth(1).innerText()).trim();
  expect(dropped.length).toBeGreaterThan(10);
  await second.getByRole("button", { name: "Exclude question 2" }).click();
  await expect(page.getByRole("button", { name: "Exclude excluded question 1" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByText("Set saved. Learners who start it from now on get")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Edit me" })).toBeVisible();
  await expect(generated).toHaveCount(5);
  await expect(page.getByRole("region", { name: "Generated questions" })).not.toContainText(
    dropped,
  );
});
