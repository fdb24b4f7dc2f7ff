import { expect as baseExpect, test } from "./fixtures";
import { assignSet, createAccount, createClass, postJson, uniqueEmail } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 240_000 });

const WRITTEN = "In which year did the Partnership for Peace begin?";
const IMPORTED = "Which council gathers NATO and its partners?";
const GIFT =
  `::Council:: ${IMPORTED} ` +
  "{=Euro-Atlantic Partnership Council ~North Atlantic Council ~Military Committee}\n";

test("written and imported questions are answered, analysed and exported", async ({
  page,
  browser,
}) => {
  await createAccount(page, {
    name: "Wren Writer",
    email: uniqueEmail("writer"),
    password: "writer-password",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Wren Writer" })).toBeVisible();
  // The class and the set's generated part are seeded through the API, not clicked together.
  const cls = await createClass(page, "Writers' class");
  const set = await postJson<{ id: string }>(page, "/api/sets/quiz", {
    name: "Own words",
    kinds: ["true-false"],
    count: 5,
    mode: "practice",
  });

  // Write a question from the keyboard alone; an empty save puts focus on the first error.
  await page.goto(`/sets/${set.id}`);
  await page.getByRole("link", { name: "Write a question" }).click();
  const prompt = page.getByRole("textbox", { name: "Question", exact: true });
  await expect(prompt).toBeVisible();
  await page.getByRole("button", { name: "Save question" }).focus();
  await page.keyboard.press("Enter");
  await expect(prompt).toBeFocused();
  await expect(prompt).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await prompt.getAttribute("aria-describedby"))!.split(" ");
  const messages = await Promise.all(
    describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  expect(messages.join(" ")).toContain("This question has no question text.");
  await page.keyboard.type(WRITTEN);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Options" })).toBeFocused();
  await page.keyboard.type("1991\n1994\n1999");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Number of the right option" })).toBeFocused();
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Question saved.")).toBeVisible();
  const own = page.getByRole("region", { name: "Your questions" });
  await expect(own.getByRole("listitem")).toHaveCount(1);
  await expect(own).toContainText(WRITTEN);
  // Its edit page offers it as written, and leads back to the set.
  await own.getByRole("link", { name: `Edit ${WRITTEN}` }).click();
  await expect(page.getByRole("heading", { name: "Edit question" })).toBeVisible();
  const edit = page.getByRole("form", { name: "Edit question" });
  await expect(edit.getByRole("textbox", { name: "Question", exact: true })).toHaveValue(WRITTEN);
  await page.getByRole("link", { name: "Back to the set" }).click();
  await expect(own.getByRole("listitem")).toHaveCount(1);

  // The same question again is refused, naming the one the set has, as an import skips it;
  // focus goes to the words that make it the same, which say why.
  await page.getByRole("link", { name: "Write a question" }).click();
  await prompt.fill(` ${WRITTEN.toUpperCase()}`);
  await page.getByRole("textbox", { name: "Options" }).fill("1994\n1995");
  await page.getByRole("textbox", { name: "Number of the right option" }).fill("1");
  await page.getByRole("button", { name: "Save question" }).click();
  const form = page.getByRole("form", { name: "Write a question" });
  await expect(form.getByRole("alert")).toHaveText(
    `This set already has this question: “${WRITTEN}”. Change its wording, or edit that ` +
      "question instead.",
  );
  await expect(prompt).toBeFocused();
  await expect(prompt).toHaveAccessibleDescription("This set already has this question.");
  await page.goto(`/sets/${set.id}`);
  await expect(own.getByRole("listitem")).toHaveCount(1);

  // A question deleted meanwhile (in another tab, say): its edit link, followed in the page,
  // leads to a 404 whose tab says so, not "Edit question", the title of the page that called
  // notFound(); loaded again, the same.
  const doomed = await postJson<{ id: string }>(page, `/api/sets/${set.id}/questions`, {
    kind: "true-false",
    prompt: "True or false?",
    statement: "This question is about to be deleted.",
    answer: "true",
  });
  await page.reload();
  await expect(page).toHaveTitle(/^Set · /);
  const gone = await page.request.delete(`/api/sets/${set.id}/questions/${doomed.id}`, {
    headers: { Origin: new URL(page.url()).origin, "Content-Type": "application/json" },
  });
  expect(gone.status()).toBe(200);
  await own.getByRole("link", { name: "Edit This question is about to be deleted." }).click();
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Partnership Study");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Partnership Study");
  await page.goto(`/sets/${set.id}`);

  // Import a GIFT file into the same set.
  await page.getByText("Import a file").click();
  const importForm = page.getByRole("form", { name: "Import into Own words" });
  await importForm.getByLabel("File").setInputFiles({
    name: "council.gift",
    mimeType: "text/plain",
    buffer: Buffer.from(GIFT),
  });
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByRole("status")).toHaveText("Imported 1 question.");
  await expect(own.getByRole("listitem")).toHaveCount(2);
  await expect(own).toContainText(IMPORTED);

  // Its size counts both (five generated, two of the instructor's), as learners will be asked.
  await page.goto("/sets");
  await expect(page.getByRole("row", { name: /Own words/ })).toContainText("7 questions");

  // Assign the set; a learner joins and answers every question, the written ones marked.
  await assignSet(page, cls.id, set.id);
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await createAccount(learner, {
    name: "Lee Learner",
    email: uniqueEmail("answers"),
    password: "learner-password",
  });
  await expect(learner.getByRole("heading", { name: "Welcome, Lee Learner" })).toBeVisible();
  await postJson(learner, "/api/classes/join", { code: cls.joinCode });
  await learner.goto("/assignments");
  await learner.getByRole("button", { name: "Start Own words" }).click();
  for (let n = 1; n <= 7; n++) {
    await expect(learner.getByText(`Question ${n} of 7`).first()).toBeVisible();
    const mark = learner.getByText("Written by your instructor");
    if (n <= 5) {
      await expect(mark).toHaveCount(0);
      await learner.getByRole("radio", { name: /True/ }).first().check();
    } else {
      await expect(mark).toBeVisible();
      // The written question missed (1991), the imported one right.
      await learner
        .getByRole("radio", { name: n === 6 ? "1991" : "Euro-Atlantic Partnership Council" })
        .check();
    }
    await learner.getByRole("button", { name: "Check answer" }).click();
    const verdict = learner.getByRole("heading", { level: 3, name: /^(Correct|Incorrect)/ });
    await expect(verdict).toBeVisible();
    if (n > 5) {
      const expected = n === 6 ? /^Incorrect/ : /^Correct/;
      await expect(learner.getByRole("heading", { level: 3, name: expected })).toBeVisible();
      // The feedback says whose question it is, as the player does, not "NATO background".
      const feedback = learner.getByRole("article");
      await expect(feedback).toContainText("Written by your instructor");
      await expect(feedback).not.toContainText("NATO background");
    }
    await learner.getByRole("button", { name: n < 7 ? /Next question/ : /See results/ }).click();
  }
  const dialog = learner.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false))
    await dialog.getByRole("button", { name: "See results" }).click();
  await expect(learner.getByRole("heading", { name: /Your score: \d+%/ })).toBeVisible();
  // The results count the instructor's questions under a name, not a "custom" programme...
  const byProgramme = learner.getByRole("table", { name: "By programme" });
  await expect(
    byProgramme.getByRole("rowheader", { name: "Your instructor's questions" }),
  ).toHaveCount(1);
  await expect(byProgramme).not.toContainText("custom");
  // ...and review them as the instructor's.
  for (const n of [6, 7]) {
    const item = learner.getByRole("listitem", { name: `Question ${n}` });
    await expect(item).toContainText("Written by your instructor");
    await expect(item).not.toContainText("NATO background");
  }
  // The missed one is among the weakest questions, by its text.
  await learner.goto("/progress");
  const weakest = learner.getByRole("region", { name: "Weakest questions" });
  await expect(weakest.getByRole("listitem").filter({ hasText: WRITTEN })).toContainText(
    "Your instructor's questions · 1 answer",
  );
  await expect(weakest).not.toContainText("no longer in the content");
  await learnerContext.close();

  // The instructor sees both in item analysis.
  await page.goto(`/classes/${cls.id}`);
  await page.getByRole("link", { name: "Results for Own words" }).click();
  const items = page.getByRole("table", { name: "Item analysis by question" }).locator("tbody tr");
  await expect(items).toHaveCount(7);
  await expect(items.filter({ hasText: WRITTEN })).toHaveCount(1);
  await expect(items.filter({ hasText: IMPORTED })).toHaveCount(1);

  // The learner's work speaks about the learner, and of the instructor's own questions.
  await page.getByRole("link", { name: "Lee Learner" }).first().click();
  await expect(page.getByRole("heading", { name: "Lee Learner", level: 1 })).toBeVisible();
  await expect(page.getByText("Lee Learner's answer")).toHaveCount(7);
  await expect(page.getByText("Your answer", { exact: true })).toHaveCount(0);
  await expect(page.getByText("Your own question (written or imported)")).toHaveCount(2);
  await expect(page.getByText(/NATO background|Written by your instructor/)).toHaveCount(0);

  // ...and exports the set as Moodle XML, both questions in the file.
  await page.goto(`/sets/${set.id}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Moodle XML export of Own words" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^own-words.*\.xml$/);
  const xml = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(xml).toString("utf8");
  expect(text).toContain("<quiz>");
  expect(text).toContain(WRITTEN);
  expect(text).toContain(IMPORTED);
  expect(text.match(/<question type="multichoice">/g)?.length).toBe(2);

  // A learner has answered: the set's questions no longer change. The set page says so once,
  // in place of writing, importing, copying, editing and deleting them...
  const LOCKED =
    "Learners have already started an assignment of this set, so its questions and cards can " +
    "no longer change";
  await expect(page.getByText(LOCKED)).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Write a question" })).toHaveCount(0);
  await expect(page.getByText("Import a file")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Copy to my questions/ })).toHaveCount(0);
  await expect(own.getByRole("link", { name: /^Edit / })).toHaveCount(0);
  await expect(own.getByRole("button", { name: /^Delete / })).toHaveCount(0);
  // ...and its edit page shows the builder disabled under the same reason, once, and says
  // what it shows (not "change ... and save").
  await page.getByRole("link", { name: "Edit set" }).click();
  await expect(page.getByText(/^The set as it was saved\. Learners have started it/)).toBeVisible();
  await expect(page.getByText(/and save\. Learners who start the set afterwards/)).toHaveCount(0);
  const builder = page.getByRole("form", { name: "Quiz set" });
  await expect(builder.locator("fieldset[disabled]")).toHaveCount(1);
  await expect(builder.getByRole("button", { name: "Preview" })).toBeDisabled();
  await expect(builder.getByRole("textbox", { name: "Set name" })).toBeDisabled();
  await expect(builder.getByRole("button", { name: "Save changes" })).toBeDisabled();
  await expect(page.getByText(LOCKED)).toHaveCount(1);

  // The way to change it: a copy, with the instructor's own questions, free to change.
  await page.getByRole("button", { name: "Duplicate set" }).click();
  await expect(page.getByRole("heading", { name: "Own words (copy)", level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe(`/sets/${set.id}`);
  await expect(page.getByText("Set copied, with your own questions and cards.")).toBeVisible();
  await expect(page.getByText(LOCKED)).toHaveCount(0);
  await expect(own.getByRole("listitem")).toHaveCount(2);
  await expect(own.getByRole("listitem").filter({ hasText: WRITTEN })).toHaveCount(1);
  await expect(own.getByRole("listitem").filter({ hasText: IMPORTED })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Write a question" })).toBeVisible();
  await page.getByRole("link", { name: "Edit set" }).click();
  await expect(page.getByRole("textbox", { name: "Set name" })).toHaveValue("Own words (copy)");
  await expect(page.getByRole("button", { name: "Save changes" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Duplicate set" })).toHaveCount(0);
});
