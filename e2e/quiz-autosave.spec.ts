import { expect, test, type Page } from "./fixtures";
import { createAccount, startFiveTrueFalse, uniqueEmail } from "./helpers";

// Sign-up hashes a password and the exam is built on the server: generous under CI load.
test.describe.configure({ timeout: 120_000 });

/** Signs up a new learner and opens a five-question true/false exam. */
async function startExam(page: Page, label: string) {
  await createAccount(page, {
    name: "Autosave Learner",
    email: uniqueEmail(label),
    password: "pw-" + label,
  });
  await expect(page.getByRole("heading", { name: "Welcome, Autosave Learner" })).toBeVisible({
    timeout: 30_000,
  });
  await startFiveTrueFalse(page, "Exam");
}

/** Answers question n (1-based) by jumping to it in the navigator and pressing a digit. */
async function answer(page: Page, n: number, digit: "1" | "2") {
  await page.getByRole("button", { name: new RegExp(`^Question ${n},`) }).click();
  await expect(page.getByText(`Question ${n} of 5`).first()).toBeVisible();
  await page.keyboard.press(digit);
}

/** What the server holds: a reload with this device's unsent answers wiped first. */
async function reloadFromServer(page: Page) {
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.getByText(/of 5 answered/).first()).toBeVisible();
}

test("offline, the exam keeps every answer and sends them all when the connection is back", async ({
  page,
  context,
}) => {
  await startExam(page, "offline");
  await context.setOffline(true);
  for (let n = 1; n <= 5; n++) await answer(page, n, n % 2 ? "1" : "2");
  await expect(page.getByRole("status").filter({ hasText: /^Offline/ })).toBeVisible();
  await expect(page.getByText("5 of 5 answered")).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: /Saved$/ })).toBeVisible();
  await reloadFromServer(page);
  await expect(page.getByText("5 of 5 answered")).toBeVisible();
  await page.getByRole("button", { name: /^Question 2,/ }).click();
  await expect(page.getByRole("radio", { name: /False/ }).first()).toBeChecked();
});

test("a refused answer is shown as not saved; the others are saved; changing it saves it", async ({
  page,
}) => {
  await startExam(page, "refused");
  // An answer the real server refuses (422: a single-choice answer to a true/false question),
  // left unsent by an earlier page: the reload sends it, then the learner answers the rest.
  const attemptId = new URL(page.url()).pathname.split("/").pop()!;
  await page.evaluate((key) => {
    const wrongKind = { kind: "single-choice", optionId: "no-such-option" };
    window.localStorage.setItem(key, JSON.stringify([[1, wrongKind]]));
  }, `quiz-attempt:${attemptId}:unsent-answers`);
  await page.reload();
  await expect(page.getByText("0 of 5 answered")).toBeVisible();
  for (const n of [1, 3, 4, 5]) await answer(page, n, "1");
  await expect(page.getByRole("status").filter({ hasText: /Saved$/ })).toBeVisible();
  // The refused answer is not counted, and says why on its question; the others were saved.
  await expect(page.getByText("4 of 5 answered")).toBeVisible();
  await page.getByRole("button", { name: "Question 2, not answered" }).click();
  await expect(page.getByText(/^Not saved: .*Change your answer to save it again\./)).toBeVisible();

  await page.keyboard.press("2");
  await expect(page.getByText(/^Not saved:/)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /Saved$/ })).toBeVisible();
  await reloadFromServer(page);
  await expect(page.getByText("5 of 5 answered")).toBeVisible();
});
