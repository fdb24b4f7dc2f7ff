import { expect as baseExpect, test } from "./fixtures";
import {
  assignSet,
  createClass,
  createFlashcardSet,
  postJson,
  createAccount,
  uniqueEmail,
} from "./helpers";

// Issue 16, the card form as an instructor and a learner live it: a card written from the
// keyboard alone into a flashcard set reaches, through an assignment, the learner's "Study
// cards" session, marked as the instructor's.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 180_000 });
test.use({ timezoneId: "UTC" });

const FRONT = "Which body did NATO found in 1997 for all its partners?";
const BACK = "The Euro-Atlantic Partnership Council";

test("a card written from the keyboard is studied from the assignment, marked", async ({
  page,
  browser,
}) => {
  await createAccount(page, {
    name: "Cora Cards",
    email: uniqueEmail("card-writer"),
    password: "card-writer-password",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Cora Cards" })).toBeVisible();
  // The class and the set's content part are seeded through the API, not clicked together.
  const cls = await createClass(page, "Card writers");
  const set = await createFlashcardSet(page, "ITPP and more", ["itpp"]);

  // Write a card with the keyboard alone; an empty save first puts focus on the front.
  await page.goto(`/sets/${set.id}`);
  // The form's script must be running before a key press, or the browser would post it itself.
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "Write a card" });
  const front = form.getByRole("textbox", { name: "Front" });
  const back = form.getByRole("textbox", { name: "Back" });
  const add = form.getByRole("button", { name: "Add card" });
  await add.focus();
  await page.keyboard.press("Enter");
  await expect(front).toBeFocused();
  await expect(front).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("Write the front of the card.");
  await page.keyboard.type(FRONT);
  await page.keyboard.press("Tab");
  await expect(back).toBeFocused();
  await page.keyboard.type(BACK);
  await page.keyboard.press("Tab");
  await expect(add).toBeFocused();
  await page.keyboard.press("Enter");
  // Saved: listed, and the form is cleared for the next card, focus back on its front.
  const own = page.getByRole("region", { name: "Your cards" });
  await expect(own.getByRole("listitem")).toHaveCount(1);
  await expect(own.getByRole("listitem")).toContainText(FRONT);
  await expect(own.getByRole("listitem")).toContainText(BACK);
  await expect(front).toHaveValue("");
  await expect(front).toBeFocused();

  // The card's edit page offers it as saved; saving it unchanged goes back to the set.
  await own.getByRole("link", { name: `Edit ${FRONT}` }).click();
  await expect(page.getByRole("heading", { name: "Edit card" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const edit = page.getByRole("form", { name: "Edit card" });
  await expect(edit.getByRole("textbox", { name: "Front" })).toHaveValue(FRONT);
  await expect(edit.getByRole("textbox", { name: "Back" })).toHaveValue(BACK);
  await edit.getByRole("button", { name: "Save card" }).click();
  await expect(page).toHaveURL(`/sets/${set.id}?saved=card`);
  await expect(page.getByText("Card saved.")).toBeVisible();
  await expect(own.getByRole("listitem")).toHaveCount(1);

  await assignSet(page, cls.id, set.id);

  // A learner joins and studies the assignment's cards: the ITPP deck's four and the written one.
  const learnerContext = await browser.newContext({ timezoneId: "UTC" });
  const learner = await learnerContext.newPage();
  await createAccount(learner, {
    name: "Ravi Reader",
    email: uniqueEmail("card-reader"),
    password: "card-reader-password",
  });
  await expect(learner.getByRole("heading", { name: "Welcome, Ravi Reader" })).toBeVisible();
  await postJson(learner, "/api/classes/join", { code: cls.joinCode });
  await learner.goto("/assignments");
  await learner.getByRole("link", { name: "Study cards ITPP and more" }).click();
  await expect(learner).toHaveURL(/\/flashcards\/study\?assignment=/);
  await expect(learner.getByRole("heading", { name: "Study: ITPP and more" })).toBeVisible();
  await expect(learner.locator("[data-hydrated=true]")).toBeVisible();
  const progress = learner.getByText(/cards of this assignment reviewed since it opened/);
  await expect(progress).toContainText("0 of 5");

  // New cards come in the set's order, the written one after the deck's: grade the deck's
  // cards offered today (a card's reverse waits for another day) until it comes.
  const mark = learner.getByText("Written by your instructor");
  const cardFront = learner.locator("#card-front");
  let reviewed = 0;
  while (reviewed < 4 && !((await cardFront.textContent()) ?? "").includes(FRONT)) {
    await expect(mark).toHaveCount(0);
    await learner.keyboard.press("Space");
    await learner.keyboard.press("4"); // Easy: the card leaves today's queue
    reviewed += 1;
    await expect(progress).toContainText(`${reviewed} of 5`);
  }
  await expect(cardFront).toHaveText(FRONT);
  await expect(mark).toBeVisible();
  await learner.keyboard.press("Space");
  await expect(learner.getByText(BACK)).toBeVisible();
  await learner.keyboard.press("3");
  await expect(progress).toContainText(`${reviewed + 1} of 5`);
  await learnerContext.close();
});

test("an Anki deck exported from the app goes into a flashcard set", async ({ page }) => {
  await createAccount(page, {
    name: "Anki Importer",
    email: uniqueEmail("anki-import"),
    password: "anki-import-password",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Anki Importer" })).toBeVisible();
  const set = await createFlashcardSet(page, "Brought from Anki", ["pfp"]);

  // The ITPP deck as Anki gets it from the flashcards page, with its number of cards.
  await page.goto("/flashcards");
  const deck = page.getByRole("listitem").filter({
    has: page.getByRole("heading", { name: "Individually Tailored Partnership Programmes" }),
  });
  const cards = Number(
    (await deck.getByText(/\d+ cards ·/).textContent())!.match(/(\d+) cards/)![1],
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    deck.getByRole("link", { name: /Anki/ }).click(),
  ]);
  const apkg = Buffer.concat(await (await download.createReadStream()).toArray());

  await page.goto(`/sets/${set.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByText("Import a file").click();
  const importForm = page.getByRole("form", { name: "Import into Brought from Anki" });
  await importForm.getByLabel("File").setInputFiles({
    name: download.suggestedFilename(),
    mimeType: "application/octet-stream",
    buffer: apkg,
  });
  // The file's extension chose the format.
  await expect(importForm.getByLabel("Format")).toHaveValue("apkg");
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByRole("status")).toHaveText(`Imported ${cards} cards.`);
  const own = page.getByRole("region", { name: "Your cards" });
  await expect(own.getByRole("listitem")).toHaveCount(cards);
  await expect(own).toContainText("ITPP");
});

test("a term list imported twice from the keyboard: focus stays, the second time skips", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Ivo Importer",
    email: uniqueEmail("term-import"),
    password: "term-import-password",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Ivo Importer" })).toBeVisible();
  const set = await createFlashcardSet(page, "Imported twice", ["pfp"]);
  await page.goto(`/sets/${set.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByText("Import a file").click();
  const importForm = page.getByRole("form", { name: "Import into Imported twice" });
  const file = importForm.getByLabel("File", { exact: true });
  const button = importForm.getByRole("button", { name: "Import" });
  // The live region is in the page, empty, before anything is imported: one that appears with
  // its text is often not read out.
  const status = importForm.getByRole("status");
  await expect(status).toBeAttached();
  await expect(status).toHaveText("");
  const terms = ["front,back", "NACC,North Atlantic Cooperation Council", "ICI,Istanbul", "PII,X"];
  await file.setInputFiles({
    name: "terms.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(terms.join("\n")),
  });
  // From the keyboard: focus stays on the button through the upload (busy, never disabled).
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("Imported 3 cards.");
  await expect(button).toBeFocused();
  const own = page.getByRole("region", { name: "Your cards" });
  await expect(own.getByRole("listitem")).toHaveCount(3);
  // The same file again stores nothing twice, and says so.
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("Imported 0 cards; 3 already in the set were skipped.");
  await expect(button).toBeFocused();
  await expect(own.getByRole("listitem")).toHaveCount(3);

  // The card form keeps the same rule, and says what is wrong, naming the card the set has.
  const cardForm = page.getByRole("form", { name: "Write a card" });
  await cardForm.getByRole("textbox", { name: "Front" }).fill("ici");
  await cardForm.getByRole("textbox", { name: "Back" }).fill("Once more");
  await cardForm.getByRole("button", { name: "Add card" }).click();
  await expect(cardForm.getByRole("alert")).toHaveText(
    "This set already has a card with this front: “ICI”. Change the front, or edit that card " +
      "instead.",
  );

  // A file with an error: the field is marked invalid and described by the file's errors.
  await file.setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("front,back\nEAPC,\n"),
  });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(importForm.getByRole("alert")).toHaveText(
    "The file has 1 error: nothing was imported.",
  );
  await expect(button).toBeFocused();
  await expect(status).toHaveText("");
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expect(file).toHaveAccessibleDescription(/line 2: the definition is empty/);
});
