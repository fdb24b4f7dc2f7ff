import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./fixtures";
import { createAccount, uniqueEmail } from "./helpers";
import { seedClassWork } from "./seed-class-work";

// WCAG 1.4.10 (reflow): content fits a 320 px wide screen without scrolling sideways. The
// fixture fails any page a test opens that is wider than the window, and each page is opened
// here at that width; a wide table scrolls inside its own box instead.
test.use({ viewport: { width: 320, height: 640 } });
test.describe.configure({ timeout: 180_000 });

async function visitEach(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
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
    "/flashcards/study",
    "/progress",
    "/settings",
    "/classes",
    "/assignments",
    "/account",
  ]);
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
    `/assignments/${seeded.pastAssignmentId}/results`,
    `/assignments/${seeded.pastAssignmentId}/results/${seeded.learners.low}`,
    `/assignments/${seeded.openAssignmentId}/results`,
    "/sets",
    "/sets/new",
    "/settings",
  ]);
});
