import { expect as baseExpect, test } from "./fixtures";
import { assignSet, createAccount, createClass, createFlashcardSet, uniqueEmail } from "./helpers";

// Issue 13, points 4 and 10, as a learner and an instructor live them: "Study cards" studies
// exactly the assigned cards and counts them; a learner who deletes the account stays in the
// gradebook as "Deleted learner 1", and the instructor is told.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 180_000 });
test.use({ timezoneId: "UTC" });

test("a flashcard assignment studies only its cards; a deleted learner keeps the marks", async ({
  page,
  browser,
}) => {
  await createAccount(page, {
    name: "Tess Teacher",
    email: uniqueEmail("truth-teacher"),
    password: "teacher-password",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Tess Teacher" })).toBeVisible();
  const cls = await createClass(page, "Cards class");
  // The ITPP deck: four cards.
  const set = await createFlashcardSet(page, "ITPP cards", ["itpp"]);
  await assignSet(page, cls.id, set.id);

  const learnerContext = await browser.newContext({ timezoneId: "UTC" });
  const learner = await learnerContext.newPage();
  const learnerEmail = uniqueEmail("truth-learner");
  await createAccount(learner, {
    name: "Lou Learner",
    email: learnerEmail,
    password: "lou-password",
  });
  await expect(learner.getByRole("heading", { name: "Welcome, Lou Learner" })).toBeVisible();
  // Lou already studies the PfP deck (13 new cards), which the assignment must not bring in.
  await learner.goto("/flashcards");
  await learner.getByRole("button", { name: "Add to my study: Partnership for Peace" }).click();
  await expect(
    learner.getByRole("link", { name: /Study this deck\s*: Partnership for Peace/ }),
  ).toBeVisible();
  await learner.goto("/classes");
  await learner.getByRole("textbox", { name: "Join code" }).fill(cls.joinCode);
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner).toHaveURL(/\/assignments\?joined=/);
  await learner.getByRole("link", { name: "Study cards ITPP cards" }).click();
  await expect(learner).toHaveURL(/\/flashcards\/study\?assignment=/);
  await expect(learner.getByRole("heading", { name: "Study: ITPP cards" })).toBeVisible();
  await expect(learner.locator("[data-hydrated=true]")).toBeVisible();
  const progress = learner.getByText(/cards of this assignment reviewed since it opened/);
  await expect(progress).toContainText("0 of 4");
  await expect(progress).toContainText("reviews before it opened do not count");
  // Only the set's new cards (not PfP's 13), and all four today: an assignment's session buries
  // no sibling (a term card and its reverse), or its due date could not be met.
  const left = learner.getByLabel("Cards left today");
  await expect(left).toContainText(/New\s*4Learning/);
  const offered = 4;
  for (let n = 1; n <= offered; n++) {
    await expect(
      learner.getByText("Individually Tailored Partnership Programmes").first(),
    ).toBeVisible();
    await learner.keyboard.press("Space");
    await learner.keyboard.press("4"); // Easy: the card leaves today's queue
    await expect(progress).toContainText(`${n} of 4`);
  }
  await expect(left).toContainText(/New\s*0/);
  await learner.goto("/assignments");
  await expect(learner.getByText(`${offered} of 4 reviewed since it opened`)).toBeVisible();

  // Lou deletes the account.
  await learner.goto("/account");
  await learner.getByLabel(/Type your email/).fill(learnerEmail);
  await learner.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(learner.getByRole("link", { name: "Sign in" })).toBeVisible();
  await learnerContext.close();

  // The instructor is told, and the results stay under "Deleted learner 1".
  await page.goto(`/classes/${cls.id}`);
  await expect(page.getByText(/1 learner deleted their account on /)).toContainText(
    '(now "Deleted learner 1")',
  );
  const learners = page.getByRole("table", { name: "Learners in Cards class" });
  await expect(learners).toContainText("Deleted learner 1");
  await expect(learners).toContainText("Account deleted");
  await expect(learners).not.toContainText("Lou Learner");
  await page.getByRole("link", { name: "Results for ITPP cards" }).click();
  const roster = page.getByRole("table", { name: "Results by learner" });
  await expect(roster).toContainText("Deleted learner 1");
  await expect(roster).toContainText(`${offered} of 4`);
  await expect(roster).not.toContainText(learnerEmail);
});
