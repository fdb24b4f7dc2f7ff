import { expect, test, type Page } from "./fixtures";
import {
  assignSet,
  createAccount,
  createClass,
  createFlashcardSet,
  localInput,
  postJson,
  uniqueEmail,
} from "./helpers";

async function answerPracticeTrueFalse(page: Page, count: number) {
  for (let n = 1; n <= count; n++) {
    await expect(page.getByText(`Question ${n} of ${count}`).first()).toBeVisible();
    await page.getByRole("radio", { name: /True/ }).first().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(
      page.getByRole("heading", { level: 3, name: /^(Correct|Incorrect)/ }),
    ).toBeVisible();
    await page.getByRole("button", { name: n < count ? /Next question/ : /See results/ }).click();
  }
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false))
    await dialog.getByRole("button", { name: "See results" }).click();
  await expect(page.getByRole("heading", { name: /Your score: \d+%/ })).toBeVisible();
}

test("a learner joins and completes an assigned quiz set; the score is in the gradebook", async ({
  page,
  browser,
}) => {
  // The instructor builds a class and a quiz set, then assigns it.
  await createAccount(page, {
    name: "Ina Teacher",
    email: uniqueEmail("teacher"),
    password: "teacher-password",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Ina Teacher" })).toBeVisible();
  await page.goto("/classes");
  await page.getByRole("textbox", { name: "Class name" }).fill("Partnerships 101");
  await page.getByRole("textbox", { name: "Description (optional)" }).fill("Spring cohort");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: "Partnerships 101", level: 1 })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9-]{8,9}$/);
  const classUrl = page.url();

  await page.goto("/sets/new?kind=quiz");
  await page.getByRole("textbox", { name: "Set name" }).fill("Week 1 quiz");
  await page
    .getByRole("group", { name: "Question types" })
    .getByRole("checkbox", { name: "True or false" })
    .check();
  await page.getByRole("spinbutton", { name: "Number of questions" }).fill("5");
  await page.getByRole("radio", { name: "Practice", exact: true }).check();
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(
    page.getByRole("list", { name: "Previewed questions" }).getByRole("listitem"),
  ).toHaveCount(5);
  await page.getByRole("button", { name: "Save set" }).click();
  await expect(page).toHaveURL("/sets?created=1");
  await expect(
    page.getByText("Set saved. Assign it to a class from the class's page."),
  ).toBeVisible();
  await expect(page.getByText(/A set can change until a learner starts it/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Your sets" })).toContainText("Week 1 quiz");

  await page.goto(classUrl);
  await page
    .getByRole("combobox", { name: "Set" })
    .selectOption({ label: "Week 1 quiz (5 questions)" });
  // Due before open is refused on the field.
  await page.getByRole("textbox", { name: "Opens" }).fill(localInput(-1));
  await page.getByRole("textbox", { name: "Due" }).fill(localInput(-2));
  await page.getByRole("button", { name: "Assign set" }).click();
  await expect(page.getByText(/due .*after .*open/i).first()).toBeVisible();
  // A due date already past (a typo in the month, say) is refused by the server on the field,
  // which takes focus; nothing is assigned.
  const due = page.getByRole("textbox", { name: "Due" });
  await page.getByRole("textbox", { name: "Opens" }).fill(localInput(-72));
  await due.fill(localInput(-24));
  await page.getByRole("button", { name: "Assign set" }).click();
  await expect(due).toHaveAccessibleDescription(/That due date has already passed/);
  await expect(due).toHaveAttribute("aria-invalid", "true");
  await expect(due).toBeFocused();
  await expect(page.getByText("Nothing assigned yet.")).toBeVisible();
  await page.getByRole("textbox", { name: "Opens" }).fill(localInput(-1));
  await due.fill(localInput(48));
  await page.getByRole("spinbutton", { name: "Attempts allowed" }).fill("2");
  await page.getByRole("button", { name: "Assign set" }).click();
  await expect(page.getByText("Week 1 quiz is assigned.")).toBeVisible();
  // Focus moves to the message (read out), not to the page's body.
  await expect(
    page.getByRole("status").filter({ hasText: "Week 1 quiz is assigned." }),
  ).toBeFocused();

  // A learner joins with the code and completes the assignment through the quiz player.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await createAccount(learner, {
    name: "Lena Learner",
    email: uniqueEmail("pupil"),
    password: "learner-password",
  });
  await expect(learner.getByRole("heading", { name: "Welcome, Lena Learner" })).toBeVisible();
  await learner.goto(classUrl);
  await expect(learner.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await learner.goto("/classes");
  await learner.getByRole("textbox", { name: "Join code" }).fill(code.toLowerCase());
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner).toHaveURL(/\/assignments\?joined=/);
  await expect(learner.getByRole("status")).toHaveText(
    "You joined Partnerships 101, taught by Ina Teacher.",
  );
  // The form went with the old page: focus starts on the new page's heading, not at the top.
  await expect(learner.getByRole("heading", { name: "Assignments", level: 1 })).toBeFocused();
  await expect(learner.getByRole("heading", { name: /^To do \(1\)/ })).toBeVisible();
  // Starting spends one of the two attempts: it asks first, naming how many are left. Declined,
  // nothing starts (after a reload the card still offers Start, none used); accepted, it starts.
  const start = learner.getByRole("button", { name: "Start Week 1 quiz" });
  let asked = "";
  learner.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await start.click();
  await expect
    .poll(() => asked)
    .toBe("This uses 1 of your 2 remaining attempts at “Week 1 quiz”; 1 will be left. Start now?");
  await expect(start).toHaveAttribute("aria-busy", "false");
  await learner.reload();
  await expect(learner.getByText("0 of 2 used")).toBeVisible();
  await expect(learner.getByRole("link", { name: "Resume Week 1 quiz" })).toHaveCount(0);
  learner.once("dialog", (dialog) => void dialog.accept());
  await start.click();
  await answerPracticeTrueFalse(learner, 5);
  const score = (await learner
    .getByRole("heading", { name: /Your score: \d+%/ })
    .textContent())!.match(/(\d+)%/)![1];
  await learner.goto("/assignments");
  await expect(learner.getByRole("heading", { name: /^Done \(1\)/ })).toBeVisible();

  // The instructor sees the result, per learner and per question, and exports the gradebook.
  await page.goto(classUrl);
  await page.getByRole("link", { name: "Results for Week 1 quiz" }).click();
  const roster = page.getByRole("table", { name: "Results by learner" });
  await expect(roster).toContainText("Lena Learner");
  await expect(roster).toContainText(`${score}%`);
  await expect(
    page.getByRole("table", { name: "Item analysis by question" }).locator("tbody tr"),
  ).toHaveCount(5);

  const href = await page
    .getByRole("link", { name: "Download gradebook (CSV)" })
    .getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  const rows = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain("Lena Learner");
  expect(rows[1]).toContain(score);
  await page.screenshot({ path: "test-results/instructor-results.png", fullPage: true });

  // The instructor changes the assignment on its page: a due date moved into the past is
  // refused on the field; a later one, one more attempt and late work counting are saved.
  await page.goto(classUrl);
  await page.getByRole("link", { name: "Results for Week 1 quiz" }).click();
  await page.getByRole("button", { name: "Edit assignment" }).click();
  const edit = page.getByRole("form", { name: "Edit assignment" });
  const editDue = edit.getByRole("textbox", { name: "Due" });
  // Half an hour ago: after it opened (an hour ago), but past.
  await editDue.fill(localInput(-0.5));
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(editDue).toHaveAccessibleDescription(/That due date has already passed/);
  await expect(editDue).toBeFocused();
  await editDue.fill(localInput(96));
  await edit.getByRole("spinbutton", { name: "Attempts allowed" }).fill("3");
  await edit.getByRole("checkbox", { name: "Late work counts" }).check();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The assignment is saved." }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit assignment" })).toBeFocused();
  await expect(page.getByText(/· 3 attempts · late work counts/)).toBeVisible();

  // Closing early: "Make due now" says first what it does; then the due date is now (the edit
  // form says it has passed), the button goes, and Lena's attempt, submitted before, stays done.
  let closing = "";
  page.once("dialog", (dialog) => {
    closing = dialog.message();
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Make due now" }).click();
  await expect(page.getByRole("button", { name: "Make due now" })).toHaveCount(0);
  expect(closing).toMatch(
    /^Make Week 1 quiz due now\? Work submitted from now on is late \(late work counts, as set\)/,
  );
  await page.getByRole("button", { name: "Edit assignment" }).click();
  await expect(edit.getByRole("textbox", { name: "Due" })).toHaveAccessibleDescription(
    "This due date has passed. Leave it as it is, or choose a later one.",
  );
  await edit.getByRole("button", { name: "Cancel" }).click();
  await learner.goto("/assignments");
  await expect(learner.getByRole("heading", { name: /^Done \(1\)/ })).toBeVisible();

  // Lena has started it, so it cannot be removed: the reason shows under the button.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove assignment" }).click();
  await expect(page.getByText(/^1 learner has already started this assignment/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Week 1 quiz: results" })).toBeVisible();

  // One nobody has started is removed once confirmed, and leaves the class page.
  const classId = new URL(classUrl).pathname.split("/").pop()!;
  const spare = await createFlashcardSet(page, "Spare cards", ["pfp"]);
  await assignSet(page, classId, spare.id);
  await page.goto(classUrl);
  await page.getByRole("link", { name: "Results for Spare cards" }).click();
  const remove = page.getByRole("button", { name: "Remove assignment" });
  page.once("dialog", (dialog) => void dialog.dismiss());
  await remove.click();
  await expect(remove).toHaveAttribute("aria-busy", "false");
  await expect(page.getByRole("heading", { name: "Spare cards: results" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await remove.click();
  await expect(page).toHaveURL(classUrl);
  await expect(page.getByRole("link", { name: "Results for Week 1 quiz" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Results for Spare cards" })).toHaveCount(0);

  // Archiving asks first: declined, nothing is sent; accepted, the class is archived.
  await page.goto(classUrl);
  const archive = page.getByRole("button", { name: "Archive class" });
  const archived = page.getByText(/This class was archived on/);
  page.once("dialog", (dialog) => void dialog.dismiss());
  await archive.click();
  await expect(archive).toHaveAttribute("aria-busy", "false");
  await page.reload();
  await expect(archived).toBeHidden();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Archive class" }).click();
  await expect(archived).toBeVisible();

  // The learner keeps the record of the archived class's work, with nothing left to start.
  await learner.goto("/assignments");
  await expect(learner.getByRole("heading", { name: "No current assignments" })).toBeVisible();
  const record = learner.getByRole("region", { name: /^From archived classes \(1\)/ });
  await expect(record.getByRole("heading", { name: /Week 1 quiz/ })).toBeVisible();
  await expect(record).toContainText(`${score}%`);
  await expect(record).toContainText("Class archived");
  await expect(record.getByRole("button")).toHaveCount(0);
  await learnerContext.close();
});

test("a join link names the class before joining, and the join is confirmed", async ({
  page,
  browser,
}) => {
  await createAccount(page, {
    name: "Jo Teacher",
    email: uniqueEmail("link-teacher"),
    password: "teacher-password",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Jo Teacher" })).toBeVisible();
  const cls = await createClass(page, "QA Walk Class");
  const link = `/classes/join/${cls.joinCode}`;
  // The instructor's own link says they teach the class.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "QA Walk Class", level: 2 })).toBeVisible();
  await expect(page.getByText("You teach this class")).toBeVisible();

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await createAccount(learner, {
    name: "Nia New",
    email: uniqueEmail("link-learner"),
    password: "learner-password",
  });
  await expect(learner.getByRole("heading", { name: "Welcome, Nia New" })).toBeVisible();
  await learner.goto(link);
  // Before joining: the class and who teaches it, and a button that names it.
  await expect(learner.getByRole("heading", { name: "QA Walk Class", level: 2 })).toBeVisible();
  await expect(learner.getByText("Taught by Jo Teacher")).toBeVisible();
  await learner.getByRole("button", { name: "Join QA Walk Class" }).click();
  // Nothing is assigned yet: the page confirms the join and names the class, not "Join a class".
  await expect(learner).toHaveURL(/\/assignments\?joined=/);
  await expect(learner.getByRole("status")).toHaveText(
    "You joined QA Walk Class, taught by Jo Teacher.",
  );
  await expect(
    learner.getByRole("heading", { name: "Nothing assigned yet in QA Walk Class" }),
  ).toBeVisible();
  await expect(learner.getByText("Join a class to get assignments")).toHaveCount(0);
  await expect(learner.getByRole("link", { name: "Your classes" })).toBeVisible();

  // The link again: already in; a link whose code opens no class: said, with the code form.
  await learner.goto(link);
  await expect(learner.getByText("You are already in this class.")).toBeVisible();
  await learner.goto("/classes/join/ZZZZZZZZ");
  await expect(learner.locator("main").getByRole("alert")).toContainText(
    "No class has this link's join code",
  );
  await expect(learner.getByRole("textbox", { name: "Join code" })).toBeVisible();

  // Leaving takes the button away with its class: focus goes to the page's heading.
  await learner.goto("/classes");
  learner.once("dialog", (dialog) => void dialog.accept());
  await learner.getByRole("button", { name: "Leave class QA Walk Class" }).click();
  await expect(learner.getByText("You are not in a class yet")).toBeVisible();
  await expect(learner.getByRole("heading", { level: 1 })).toBeFocused();
  await learnerContext.close();
});

test("an instructor renames a set, cannot delete it while assigned, deletes a spare one", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Sam Sets",
    email: uniqueEmail("set-keeper"),
    password: "teacher-password",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Sam Sets" })).toBeVisible();
  const cls = await createClass(page, "Thursday group");
  const quiz = await postJson<{ id: string }>(page, "/api/sets/quiz", {
    name: "Week 1 quiz",
    kinds: ["true-false"],
    count: 5,
    mode: "practice",
  });
  await assignSet(page, cls.id, quiz.id);
  const spare = await createFlashcardSet(page, "Spare cards", ["pfp"]);
  await postJson(page, `/api/sets/${spare.id}/cards`, { front: "NACC", back: "Council" });

  // Rename from the keyboard: an empty name is refused on the field, which takes focus.
  await page.goto(`/sets/${quiz.id}`);
  const rename = page.getByRole("button", { name: "Rename set" });
  await rename.focus();
  await page.keyboard.press("Enter");
  await expect(rename).toHaveAttribute("aria-expanded", "true");
  const form = page.getByRole("form", { name: "Rename set" });
  const name = form.getByRole("textbox", { name: "Set name" });
  await expect(name).toHaveValue("Week 1 quiz");
  await name.fill("   ");
  await name.press("Enter");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Enter a name for the set\./);
  await name.fill("Week 1: partnerships");
  await name.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Set renamed." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Week 1: partnerships", level: 1 })).toBeVisible();
  await expect(rename).toBeFocused();
  await expect(form).toHaveCount(0);
  // The class's assignment shows the new name: it is read from the set.
  await page.goto(`/classes/${cls.id}`);
  await expect(page.getByRole("link", { name: "Results for Week 1: partnerships" })).toBeVisible();

  // Assigned, it cannot be deleted: the page says why, naming the class, in place of a button
  // whose confirmation would only be refused.
  await page.goto(`/sets/${quiz.id}`);
  await expect(page.getByRole("button", { name: "Delete set" })).toHaveCount(0);
  await expect(page.locator("main")).toContainText(
    "Delete set: “Week 1: partnerships” is assigned to Thursday group. Remove it from that " +
      "class first, then delete it.",
  );
  await expect(page.getByRole("heading", { name: "Week 1: partnerships", level: 1 })).toBeVisible();

  // The spare set: the confirmation says the card written in it goes too; once accepted, the
  // sets list says it was deleted, and it is no longer there.
  await page.goto(`/sets/${spare.id}`);
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Delete set" }).click();
  await expect(page).toHaveURL("/sets?deleted=1");
  expect(asked).toBe(
    "Delete the set “Spare cards” and the card you wrote in it? This cannot be undone.",
  );
  await expect(page.getByRole("status").filter({ hasText: "Set deleted." })).toBeVisible();
  const table = page.getByRole("table", { name: "Your sets" });
  await expect(table).toContainText("Week 1: partnerships");
  await expect(table).not.toContainText("Spare cards");
});
