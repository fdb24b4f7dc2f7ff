import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./fixtures";
import { createAccount, postJson, uniqueEmail } from "./helpers";
import { seedClassWork } from "./seed-class-work";

// WCAG 1.4.10 (reflow): content fits a 320 px wide screen without scrolling sideways. The
// fixture fails any page a test opens that is wider than the window, and each page is opened
// here at that width; a wide table scrolls inside its own box instead.
test.use({ viewport: { width: 320, height: 640 } });
test.describe.configure({ timeout: 180_000 });

/**
 * Every box on the page that scrolls sideways, described, unless it is a tab stop with a name
 * (TableScroller's role="region" and label): from the keyboard, only focus on the box itself
 * scrolls it. Links in a table's first column do not bring its far columns into view, which is
 * why axe's scrollable-region-focusable (satisfied by anything focusable inside) misses it.
 */
function unreachableScrollers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => {
        const overflow = getComputedStyle(el).overflowX;
        return (
          (overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth + 1
        );
      })
      .filter((el) => !(el.tabIndex >= 0 && (el.ariaLabel || el.getAttribute("aria-labelledby"))))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`),
  );
}

async function visitEach(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
    expect(await unreachableScrollers(page), `sideways scrollers on ${path}`).toEqual([]);
  }
}

test("every page a learner opens fits a 320 px screen", async ({ page }) => {
  await createAccount(page, {
    name: "Narrow Learner",
    email: uniqueEmail("narrow-learner"),
    password: "narrow-password",
  });
  await visitEach(page, [
    "/",
    "/library",
    "/library/pfp",
    "/quizzes",
    "/quizzes/new",
    "/flashcards",
    "/flashcards/decks/pfp",
    "/library?q=partner",
    "/flashcards/study",
    "/progress",
    "/settings",
    "/classes",
    "/assignments",
    "/account",
  ]);
  // A quiz in progress (matching, whose items and lists are the widest) and its results, whose
  // breakdown tables scroll in their own boxes at this width.
  const { attemptId } = await postJson<{ attemptId: string }>(page, "/api/quiz-attempts", {
    kinds: ["matching", "ordering"],
    count: 5,
    mode: "practice",
    sourceOnly: false,
  });
  await page.goto(`/quizzes/${attemptId}`);
  await expect(page.getByText("Question 1 of 5").first()).toBeVisible();
  // Matching is answered in its lists (ordering as it stands), then shown with its feedback.
  for (const list of await page.locator("main select").all()) await list.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(
    page.getByRole("heading", { level: 3, name: /^(Correct|Partly correct|Incorrect)/ }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Finish now and see results" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "See results" }).click();
  await expect(page.getByRole("heading", { name: /Your score: \d+%/ })).toBeVisible();
  // The quizzes page again, now with its table of past quizzes.
  await visitEach(page, ["/quizzes"]);
  await expect(page.getByRole("region", { name: "Table of past quizzes" })).toBeVisible();
});

test("every page an instructor opens fits a 320 px screen", async ({ page }) => {
  const email = uniqueEmail("narrow-teacher");
  await createAccount(page, {
    name: "Narrow Teacher",
    email,
    password: "narrow-password",
    role: "instructor",
  });
  const tag = randomUUID().slice(0, 6);
  const seeded = await seedClassWork(email, `Narrow ${tag}`, tag);
  await visitEach(page, [
    "/",
    "/classes",
    `/classes/${seeded.classId}`,
    `/classes/${seeded.classId}/gradebook`,
    `/assignments/${seeded.pastAssignmentId}/results`,
    `/assignments/${seeded.pastAssignmentId}/results/${seeded.learners.low}`,
    `/assignments/${seeded.openAssignmentId}/results`,
    "/sets",
    "/sets/new",
    "/settings",
  ]);
  // A set's own page (rename, delete, edit, export, import) and its builder opened to edit it.
  await page.goto("/sets");
  const setPages = await page
    .locator("main a[href^='/sets/']")
    .evaluateAll((links) =>
      links
        .map((a) => a.getAttribute("href")!)
        .filter((href) => /^\/sets\/(?!new)[^/?]+$/.test(href)),
    );
  expect(setPages.length).toBeGreaterThan(0);
  await visitEach(page, [setPages[0]!, `${setPages[0]}/edit`]);

  // A table's far columns, reached from the keyboard: focus on its box, then the arrow keys.
  await page.goto(`/assignments/${seeded.pastAssignmentId}/results`);
  const box = page.getByRole("region", { name: "Results by learner" });
  await box.focus();
  await expect(box).toBeFocused();
  const lastColumn = box.getByRole("columnheader", { name: "Last submitted" });
  await expect(lastColumn).not.toBeInViewport();
  for (let i = 0; i < 25; i++) await page.keyboard.press("ArrowRight");
  await expect(lastColumn).toBeInViewport();
});
