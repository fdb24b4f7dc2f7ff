import { expect as baseExpect, test } from "./fixtures";
import { createAccount, uniqueEmail } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });

// An instructor builds a flashcard set from a whole programme less one card, from the keyboard
// and clicks, and opens it again to edit: the programme's box is half-ticked and the card left
// out stays out.
test("a flashcard set: a programme less one card, saved and edited", async ({ page }) => {
  await createAccount(page, {
    name: "Fay Cards",
    email: uniqueEmail("fc-builder"),
    password: "pw-fc-builder",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Fay Cards" })).toBeVisible();
  await page.goto("/sets/new?kind=flashcards");
  await page.getByRole("textbox", { name: "Set name" }).fill("Most of a programme");

  const programmes = page.getByRole("group", { name: "Programmes" });
  const cards = page.getByRole("group", { name: "Cards" });
  const first = programmes.getByRole("checkbox").first();
  const name = (
    await page.locator(`label[for="${await first.getAttribute("id")}"]`).innerText()
  ).trim();
  const size = Number(
    (await first.evaluate((box) => box.nextElementSibling!.textContent)).match(
      /\((\d+) cards\)/,
    )![1],
  );
  expect(size).toBeGreaterThan(2);
  const box = programmes.getByRole("checkbox", { name, exact: true });
  const status = page.getByRole("status").filter({ hasText: /cards? in this set|No cards/ });

  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  await expect(status).toHaveText(`${size} cards in this set.`);
  // Every card of the programme is ticked and can be unticked.
  // The programme's cards: each names its programme on a line of its own.
  const own = cards.getByRole("listitem").filter({ has: page.getByText(name, { exact: true }) });
  await expect(own).toHaveCount(size);
  const dropped = own.nth(1).getByRole("checkbox");
  const droppedFront = (await own.nth(1).locator("label").innerText()).trim();
  await expect(dropped).toBeChecked();
  await dropped.uncheck();
  await expect(box).toBeChecked({ indeterminate: true });
  await expect(box).toHaveAccessibleDescription(`(${size - 1} of ${size} cards)`);
  await expect(status).toHaveText(`${size - 1} cards in this set.`);
  await page.getByRole("button", { name: "Save set" }).click();

  await expect(page).toHaveURL("/sets?created=1");
  const row = page.getByRole("row", { name: /Most of a programme/ });
  await expect(row).toContainText(`${size - 1} cards`);

  // Opened again, the set's choices are as saved.
  await row.getByRole("link", { name: "Most of a programme", exact: true }).click();
  // The set's page lists the cards it holds, the one left out not among them.
  const held = page.getByRole("region", { name: `Cards from the programmes (${size - 1})` });
  await expect(held.getByRole("listitem")).toHaveCount(size - 1);
  await expect(held.getByText(droppedFront, { exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Edit set" }).click();
  await expect(page.getByRole("textbox", { name: "Set name" })).toHaveValue("Most of a programme");
  await expect(box).toBeChecked({ indeterminate: true });
  await expect(cards.getByRole("checkbox", { name: droppedFront, exact: true })).not.toBeChecked();
  // Ticking the half-ticked programme picks the card back; saved, the set holds them all.
  await box.check();
  await expect(cards.getByRole("checkbox", { name: droppedFront, exact: true })).toBeChecked();
  await expect(status).toHaveText(`${size} cards in this set.`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();
  await page.goto("/sets");
  await expect(page.getByRole("row", { name: /Most of a programme/ })).toContainText(
    `${size} cards`,
  );
});
