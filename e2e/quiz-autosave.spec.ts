import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

/** Signs up a new learner and opens a five-question true/false exam. */
async function startExam(page: Page, label: string) {
  await signUp(page, {
    name: "Autosave Learner",
    email: uniqueEmail(label),
    password: "pw-" + label,
  });
  await expect(page.getByRole("heading", { name: "Welcome, Autosave Learner" })).toBeVisible({
    timeout: 30_000,
  });
  await page.goto("/quizzes/new");
  await page.getByRole("radio", { name: /Exam/ }).check();
  await page.getByRole("checkbox", { name: "True or false" }).check();
  await page.getByLabel(/Number of questions/).focus();
  await page.keyboard.press("Home");
  await page.getByRole("button", { name: "Start exam (5 questions)" }).click();
  await expect(page.getByText("Question 1 of 5").first()).toBeVisible();
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
  // The real server refuses a malformed answer (422): tamper with question 2's first save.
  let tampered = 0;
  await page.route("**/api/quiz-attempts/*/responses", async (route) => {
    const body = route.request().postDataJSON() as { position: number };
    if (body.position === 1 && tampered++ === 0) {
      await route.continue({
        postData: JSON.stringify({ position: 1, response: { kind: "essay" } }),
      });
    } else {
      await route.continue();
    }
  });
  for (let n = 1; n <= 5; n++) await answer(page, n, "1");
  await expect(page.getByRole("status").filter({ hasText: /Saved$/ })).toBeVisible();
  // The refused answer is not counted, and says why on its question.
  await expect(page.getByText("4 of 5 answered")).toBeVisible();
  await page.getByRole("button", { name: "Question 2, not answered" }).click();
  await expect(page.getByText(/^Not saved: .*Change your answer to save it again\./)).toBeVisible();

  await page.keyboard.press("2");
  await expect(page.getByText(/^Not saved:/)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /Saved$/ })).toBeVisible();
  await reloadFromServer(page);
  await expect(page.getByText("5 of 5 answered")).toBeVisible();
});
