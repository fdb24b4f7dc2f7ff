import { expect as baseExpect, test } from "./fixtures";
import { createAccount, signUp, uniqueEmail, VIEWPORTS } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 150_000 });

for (const { name: width, viewport } of VIEWPORTS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("a new learner starts studying from home in one click", async ({ page }) => {
      await signUp(page, {
        name: "Nell New",
        email: uniqueEmail("first-cards"),
        password: "pw-first-cards",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Nell New" })).toBeVisible();

      const tile = page.getByRole("region", { name: "Flashcards today" });
      await expect(tile).toContainText("Nothing due now");
      if (width === "desktop") {
        // The two short tiles stack beside the taller mastery list: in three equal columns
        // each was stretched to the list's height and left mostly blank.
        const box = async (name: string) =>
          (await page.getByRole("region", { name }).boundingBox())!;
        const [due, quiz, mastery] = [
          await box("Flashcards today"),
          await box("Start a quiz"),
          await box("Mastery by topic"),
        ];
        expect(quiz.y).toBeGreaterThanOrEqual(due.y + due.height);
        expect(mastery.x).toBeGreaterThanOrEqual(due.x + due.width);
        expect(due.height + quiz.height).toBeLessThan(mastery.height);
      }
      const ready = Number((await tile.textContent())!.match(/(\d+) new cards? ready/)![1]);
      expect(ready).toBeGreaterThan(0);
      // The big figure is the day's whole study (none due yet), not a bare "0".
      await expect(tile).toContainText(`${ready} cards to study today`);

      await tile.getByRole("button", { name: "Start studying" }).click();
      await expect(page).toHaveURL("/flashcards/study");
      await expect(page.locator("[data-hydrated=true]")).toBeVisible();
      // The session offers exactly the new cards home said were ready.
      await expect(page.getByLabel("Cards left today")).toContainText(
        new RegExp(`New\\s*${ready}(?!\\d)`),
      );
      await expect(page.locator("#card-front")).toBeVisible();

      // Back home, the tile now counts the learner's own queue and links to it.
      await page.goto("/");
      await expect(tile).toContainText(`${ready} new cards ready`);
      await expect(tile.getByRole("link", { name: "Study flashcards" })).toBeVisible();
    });

    test("adding a deck keeps keyboard focus on its button, named as it reads", async ({
      page,
    }) => {
      await createAccount(page, {
        name: "Kai Keys",
        email: uniqueEmail("deck-focus"),
        password: "pw-deck-focus",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Kai Keys" })).toBeVisible();
      await page.goto("/flashcards");
      const add = page.getByRole("button", { name: "Add to my study: Partnership for Peace" });
      await expect(add).toHaveText(/^Add to my study/);
      await add.focus();
      await page.keyboard.press("Enter");
      const remove = page.getByRole("button", {
        name: "Remove from my study: Partnership for Peace",
      });
      await expect(remove).toBeVisible();
      await expect(remove).toBeFocused();
      // Every deck button's accessible name starts with its visible label.
      const buttons = await page.getByRole("button", { name: /my study/ }).all();
      expect(buttons.length).toBeGreaterThan(1);
      for (const button of buttons) {
        const seen = (await button.innerText()).trim();
        const name = await button.evaluate((el) => el.getAttribute("aria-label") ?? el.textContent);
        expect(name!.startsWith(`${seen}: `)).toBe(true);
        // Its label reads on one line, on a phone too (it used to break into three).
        const lines = await button.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        });
        expect(lines, seen).toBe(1);
      }
      // And again by keyboard: out of the study, focus still in place.
      await page.keyboard.press("Enter");
      await expect(add).toBeFocused();
    });
  });
}

test("the study page, opened before any deck is studied, starts the study itself", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Bo Bookmark",
    email: uniqueEmail("study-first"),
    password: "pw-study-first",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Bo Bookmark" })).toBeVisible();
  await page.goto("/flashcards/study");
  const empty = page.getByRole("region", { name: "You are not studying any deck yet" });
  await expect(empty).toBeVisible();
  // Nothing that needs a card: no counts, no undo, no keys to press.
  await expect(page.getByLabel("Cards left today")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Undo last grade/ })).toHaveCount(0);
  await expect(empty.getByRole("link", { name: "Choose decks" })).toHaveAttribute(
    "href",
    "/flashcards",
  );
  await empty.getByRole("button", { name: "Start studying" }).click();
  await expect(page.locator("#card-front")).toBeVisible();
  await expect(page.getByLabel("Cards left today")).toContainText(/New\s*[1-9]/);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Good: again in/ })).toBeVisible();
});

test("a session whose last deck is removed meanwhile ends without counts or undo", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Rae Removed",
    email: uniqueEmail("deck-gone"),
    password: "pw-deck-gone",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Rae Removed" })).toBeVisible();
  await page.goto("/flashcards/study");
  await page.getByRole("button", { name: "Start studying" }).click();
  const front = page.locator("#card-front");
  await expect(front).toBeVisible();
  await expect(page.locator("[data-pack-ready=true]")).toBeVisible();
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByText("Saving your grades…")).toHaveCount(0);

  // Another tab takes the deck out of the study; undo brings back a session with no deck.
  const removed = await page.request.put(`/api/flashcards/decks/all`, {
    data: { studying: false },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(removed.ok(), await removed.text()).toBe(true);
  await page.keyboard.press("u");
  await expect(page.getByText("Last grade undone.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing to study here yet" })).toBeVisible();
  await expect(page.getByLabel("Cards left today")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Undo last grade/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Back to decks" })).toBeVisible();
});
