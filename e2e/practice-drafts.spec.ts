import { expect as baseExpect, test, type Page } from "./fixtures";
import { createAccount, query, uniqueEmail, VIEWPORTS } from "./helpers";

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

/** Marks the loaded document, so a test can tell that the page was not reloaded since. */
async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { e2eMark?: boolean }).e2eMark = true;
  });
}
const isSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { e2eMark?: boolean }).e2eMark === true);

const saveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /Saved|Draft/ });

for (const { name: width, viewport } of VIEWPORTS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("an unchecked practice answer is a draft on the device, 'Saved' once checked", async ({
      page,
    }) => {
      await createAccount(page, {
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

    test("a second tab shows, without a reload, the answer another tab checked", async ({
      page,
      context,
    }) => {
      await createAccount(page, {
        name: "Tao Tabs",
        email: uniqueEmail("tabs"),
        password: "pw-two-tabs",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Tao Tabs" })).toBeVisible();
      const attemptId = await startTypedPractice(page);
      const other = await context.newPage();
      await page.goto(`/quizzes/${attemptId}`);
      await other.goto(`/quizzes/${attemptId}`);
      await expect(other.getByText("Question 1 of 5").first()).toBeVisible();
      await markPage(other);
      // The second tab has an unchecked draft of its own on the same question.
      await other.getByRole("textbox").first().fill("a different answer");
      await expect(saveStatus(other)).toHaveText(/^Draft/);

      await page.getByRole("textbox").first().fill("answer from the first tab");
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(
        page.getByRole("heading", { level: 3, name: /^(Correct|Incorrect)/ }),
      ).toBeVisible();

      // Told at once (BroadcastChannel), with the stored answer and its verdict.
      await expect(
        other.getByText("Question 1 was answered in another tab or window first"),
      ).toBeVisible();
      await expect(other.getByText("the one you gave here was not saved")).toBeVisible();
      await expect(other.getByRole("textbox").first()).toHaveValue("answer from the first tab");
      await expect(
        other.getByRole("heading", { level: 3, name: /^(Correct|Incorrect)/ }),
      ).toBeVisible();
      expect(await isSamePage(other)).toBe(true);
    });

    test("an answer the server refuses because another tab came first is explained", async ({
      page,
    }) => {
      await createAccount(page, {
        name: "Uma Race",
        email: uniqueEmail("race"),
        password: "pw-race-tab",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Uma Race" })).toBeVisible();
      const attemptId = await startTypedPractice(page);
      await page.goto(`/quizzes/${attemptId}`);
      await expect(page.getByText("Question 1 of 5").first()).toBeVisible();
      await markPage(page);
      await page.getByRole("textbox").first().fill("my answer in this tab");

      // Another client (no tab to broadcast from) answers question 1 first.
      const reply = await page.request.put(`/api/quiz-attempts/${attemptId}/responses`, {
        data: { position: 0, response: { kind: "short-answer", text: "answer from elsewhere" } },
        headers: { Origin: new URL(page.url()).origin },
      });
      expect(reply.status()).toBe(200);

      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(
        page.getByText("Question 1 was answered in another tab or window first"),
      ).toBeVisible();
      await expect(page.getByText("the one you gave here was not saved")).toBeVisible();
      await expect(page.getByRole("textbox").first()).toHaveValue("answer from elsewhere");
      expect(await isSamePage(page)).toBe(true);
    });
  });
}

test("'Finish now' names an unchecked draft and checks it rather than dropping it", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Fin Finish",
    email: uniqueEmail("finish-draft"),
    password: "pw-finish-draft",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Fin Finish" })).toBeVisible();
  const attemptId = await startTypedPractice(page);
  await page.goto(`/quizzes/${attemptId}`);
  await expect(page.getByText("Question 1 of 5").first()).toBeVisible();
  await page.getByRole("textbox").first().fill("a checked answer");
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByText("Question 2 of 5").first()).toBeVisible();
  await page.getByRole("textbox").first().fill("picked but not checked");
  await expect(saveStatus(page)).toHaveText(/^Draft/);

  const finishNow = page.getByRole("button", { name: "Finish now and see results" });
  await finishNow.click();
  const dialog = page.getByRole("dialog", { name: "Finish and see results?" });
  await expect(dialog.getByText("Question 2 has an answer you have not checked.")).toBeVisible();
  // Question 2 is named as a draft, not among the plain unanswered ones.
  await expect(dialog.getByText("3 unanswered (questions 3, 4, 5): they score 0.")).toBeVisible();
  // Back to it, with the draft there.
  await dialog.getByRole("button", { name: "Go to 2" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("textbox").first()).toHaveValue("picked but not checked");

  await finishNow.click();
  await dialog.getByRole("button", { name: "Check it and see results" }).click();
  await expect(page).toHaveURL(new RegExp(`/quizzes/${attemptId}/results`));
  const rows = await query<{ position: number; answer: { text: string } }>(
    `SELECT position, answer FROM "QuizResponse" WHERE "attemptId" = $1 ORDER BY position`,
    [attemptId],
  );
  expect(rows.map((r) => [r.position, r.answer.text])).toEqual([
    [0, "a checked answer"],
    [1, "picked but not checked"],
  ]);
  // Nothing of the attempt is left on the device once it is over.
  expect(
    await page.evaluate(
      (id) => Object.keys(localStorage).filter((k) => k.startsWith(`quiz-attempt:${id}:`)),
      attemptId,
    ),
  ).toEqual([]);
});
