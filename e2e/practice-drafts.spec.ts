import { expect as baseExpect, test, type Page } from "./fixtures";
import { signUp, uniqueEmail, VIEWPORTS } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 150_000 });

/** A practice quiz of typed questions, started through the API (not the set-up form). */
async function startTypedPractice(page: Page): Promise<string> {
  const reply = await page.request.post("/api/quiz-attempts", {
    data: { kinds: ["short-answer"], count: 5, mode: "practice" },
    // An API client states its origin, as the browser does (CSRF check, issue 12).
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(reply.status()).toBe(201);
  const body = (await reply.json()) as { ok: true; data: { attemptId: string } };
  return body.data.attemptId;
}

const saveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /Saved|Draft/ });

for (const { name: width, viewport } of VIEWPORTS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("an unchecked practice answer is a draft on the device, 'Saved' once checked", async ({
      page,
    }) => {
      await signUp(page, {
        name: "Dara Draft",
        email: uniqueEmail("draft"),
        password: "pw-drafts",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Dara Draft" })).toBeVisible();
      const attemptId = await startTypedPractice(page);
      await page.goto(`/quizzes/${attemptId}`);
      await expect(page.getByText("Question 1 of 5").first()).toBeVisible();

      const field = page.getByRole("textbox").first();
      await field.fill("my unchecked guess");
      await expect(saveStatus(page)).toHaveText("Draft — kept on this device until you check it");
      await page.waitForTimeout(1_000); // longer than the typing pause: nothing is sent anyway

      await page.reload();
      await expect(field).toHaveValue("my unchecked guess");
      await expect(saveStatus(page)).toHaveText(/^Draft/);

      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(
        page.getByRole("heading", { level: 3, name: /^(Correct|Incorrect)/ }),
      ).toBeVisible();
      await expect(saveStatus(page)).toHaveText(/✓\s*Saved/);

      await page.reload();
      await expect(field).toHaveValue("my unchecked guess");
      await expect(saveStatus(page)).toHaveText(/Saved/);
    });

    test("a second tab's different answer to the same question is explained", async ({
      page,
      context,
    }) => {
      await signUp(page, { name: "Tao Tabs", email: uniqueEmail("tabs"), password: "pw-two-tabs" });
      await expect(page.getByRole("heading", { name: "Welcome, Tao Tabs" })).toBeVisible();
      const attemptId = await startTypedPractice(page);
      const other = await context.newPage();
      await page.goto(`/quizzes/${attemptId}`);
      await other.goto(`/quizzes/${attemptId}`);
      await expect(other.getByText("Question 1 of 5").first()).toBeVisible();

      await page.getByRole("textbox").first().fill("answer from the first tab");
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(
        page.getByRole("heading", { level: 3, name: /^(Correct|Incorrect)/ }),
      ).toBeVisible();

      await other.getByRole("textbox").first().fill("a different answer");
      await other.getByRole("button", { name: "Check answer" }).click();
      await expect(
        other.getByText("Question 1 was answered in another tab or window first"),
      ).toBeVisible();
      await expect(other.getByText("answer from the first tab").first()).toBeVisible();
      await expect(other.getByRole("textbox").first()).not.toHaveValue("a different answer");
    });
  });
}
