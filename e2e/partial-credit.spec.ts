import { expect as baseExpect, test } from "./fixtures";
import { createAccount, uniqueEmail, VIEWPORTS } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 150_000 });

for (const { name: width, viewport } of VIEWPORTS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("partial credit is explained beside the answer and the score", async ({ page }) => {
      await createAccount(page, {
        name: "Pat Partial",
        email: uniqueEmail("partial"),
        password: "pw-partial",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Pat Partial" })).toBeVisible();
      const reply = await page.request.post("/api/quiz-attempts", {
        data: { kinds: ["multiple-select"], count: 5, mode: "practice" },
        // An API client states its origin, as the browser does (CSRF check, issue 12).
        headers: { Origin: new URL(page.url()).origin },
      });
      expect(reply.status()).toBe(201);
      const { data } = (await reply.json()) as { data: { attemptId: string } };
      await page.goto(`/quizzes/${data.attemptId}`);
      await expect(page.getByText("Question 1 of 5").first()).toBeVisible();

      // Ticking every option (distractors included) scores nothing: the rule says why.
      for (const box of await page.getByRole("checkbox").all()) await box.check();
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByRole("heading", { level: 3, name: /Incorrect/ })).toBeVisible();
      await expect(page.getByText("How multiple select is scored:")).toBeVisible();
      await expect(page.getByText(/each wrong one takes a share away/)).toBeVisible();

      await page.getByRole("button", { name: "Finish now and see results" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "See results" }).click();
      await expect(page.getByRole("heading", { name: /Your score: \d+%/ })).toBeVisible();
      await expect(page.getByText(/a partly right answer earns part of its mark/)).toBeVisible();
      await page.getByText("How each question type is scored").click();
      const rules = page.getByLabel("How each question type is scored").getByRole("definition");
      await expect(rules).toHaveCount(1);
      await expect(rules).toContainText("Only the exact set earns the whole mark.");
    });
  });
}
