// Changing one's name in Settings, from the keyboard: the header and the home page show the
// new name at once and after a reload; an empty name is refused on its field.
import { expect, test } from "./fixtures";
import { createAccount, openAccountMenu, uniqueEmail } from "./helpers";

test("a learner corrects a typo in their name from the keyboard", async ({ page }) => {
  await createAccount(page, {
    name: "Ada Lovelcae",
    email: uniqueEmail("rename"),
    password: "pw-rename-me",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelcae" })).toBeVisible();
  await page.goto("/settings");
  // Typing before the form's script runs would send a plain POST to the page.
  await page.waitForLoadState("networkidle");

  const form = page.getByRole("form", { name: "Change your name" });
  const field = form.getByRole("textbox", { name: "Name", exact: true });
  await expect(field).toHaveValue("Ada Lovelcae");
  await expect(field).toHaveAccessibleDescription(/to the instructors of your classes/);
  await field.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("  Ada Lovelace ");
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Save name" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Focus moves to the message, which says what the name now is; the field holds it trimmed.
  const saved = form.getByRole("status");
  await expect(saved).toHaveText("Name saved. You are now Ada Lovelace.");
  await expect(saved).toBeFocused();
  await expect(field).toHaveValue("Ada Lovelace");
  const menuButton = page.getByRole("button", { name: /Account menu/ });
  await expect(menuButton).toContainText("Ada Lovelace");
  await openAccountMenu(page);
  await expect(page.locator("#user-menu-panel")).toContainText("Ada Lovelace");

  await page.reload();
  await expect(menuButton).toContainText("Ada Lovelace");
  await expect(field).toHaveValue("Ada Lovelace");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Welcome, Ada Lovelace" })).toBeVisible();

  // An empty name: refused on the field, which takes focus; the saved name stays.
  await page.goto("/settings");
  await page.waitForLoadState("networkidle");
  await field.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Enter");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Enter your name\./);
  await expect(field).toBeFocused();
  await expect(form.getByRole("status")).toHaveCount(0);
  await page.reload();
  await expect(field).toHaveValue("Ada Lovelace");
  await expect(menuButton).toContainText("Ada Lovelace");
});
