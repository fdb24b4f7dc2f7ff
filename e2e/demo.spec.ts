// The demo instructor's first look: the demo class that `npm start` seeds (prisma/seed.ts,
// lib/server/seed/seed-demo.ts), its results and item analysis, read in the browser. Read-only,
// so it can share the demo account with any other journey.
import { expect as baseExpect, test } from "./fixtures";
import { DEMO_PASSWORD, signIn } from "./helpers";

const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 900 } });

test("the demo instructor finds a class with results and item analysis", async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, "instructor@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Welcome, Demo Instructor" })).toBeVisible();
  const classes = page.getByRole("region", { name: "Your classes" });
  await expect(classes).toContainText("11 learners · 1 open assignment");
  const attention = page.getByRole("region", { name: "Needs attention" });
  await expect(attention).toContainText("Elif Demir");
  await expect(attention).toContainText("Late: not handed in");

  await classes.getByRole("link", { name: "Demo class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Demo class" })).toBeVisible();
  const row = page.getByRole("row", { name: /Partnership basics/ });
  await expect(row).toContainText("10 of 11");
  // The export links sit on a line of their own under the set's name, not run on from it.
  const name = row.getByRole("rowheader");
  const moodle = row.getByRole("link", { name: /Moodle XML/ });
  const [nameBox, linkBox] = [await name.boundingBox(), await moodle.boundingBox()];
  expect(linkBox!.x - nameBox!.x).toBeLessThan(24);
  expect(linkBox!.y).toBeGreaterThan(nameBox!.y + 10);

  await row.getByRole("link", { name: /Results/ }).click();
  await expect(page.getByRole("heading", { name: "Partnership basics: results" })).toBeVisible();
  const learners = page.getByRole("table", { name: "Results by learner" });
  await expect(learners.getByRole("row")).toHaveCount(12);
  await expect(learners.getByRole("row", { name: /Elif Demir/ })).toContainText("Late");
  const items = page.getByRole("table", { name: "Item analysis by question" });
  await expect(items.getByRole("row")).toHaveCount(11);
  await expect(items).toContainText("100%");
  await expect(items).toContainText("20%");
  // The question is readable: its column is not squeezed by the wrong answers beside it.
  const question = items.getByRole("rowheader").first();
  expect((await question.boundingBox())!.width).toBeGreaterThanOrEqual(250);
});

test("the demo class's gradebook: every learner on both quizzes, and its CSV", async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, "instructor@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Welcome, Demo Instructor" })).toBeVisible();
  // Home links to each class's gradebook; this test goes through the class page's link.
  await expect(
    page
      .getByRole("region", { name: "Your classes" })
      .getByRole("listitem")
      .filter({ hasText: "Demo class" })
      .getByRole("link", { name: "Gradebook" }),
  ).toHaveAttribute("href", /^\/classes\/[^/]+\/gradebook$/);
  await page
    .getByRole("region", { name: "Your classes" })
    .getByRole("link", { name: "Demo class" })
    .click();
  await page.getByRole("link", { name: /^Gradebook/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Demo class: gradebook" }),
  ).toBeVisible();

  const book = page.getByRole("table", { name: /Gradebook of Demo class/ });
  // A header, eleven learners and the class mean.
  await expect(book.getByRole("row")).toHaveCount(13);
  const header = book.getByRole("row").first();
  await expect(header.getByRole("link", { name: "Partnership basics" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Dialogues and consultations" })).toBeVisible();
  await expect(book.getByRole("row", { name: /Amira Haddad/ })).toContainText("100%");
  await expect(book.getByRole("row", { name: /Elif Demir/ })).toContainText("Late");
  // The basics quiz's mean, as on its results page.
  await expect(book.getByRole("row", { name: /Class mean/ })).toContainText("64%");

  // On a phone the assignments scroll sideways and the learner column stays in view.
  await page.setViewportSize({ width: 390, height: 844 });
  const learner = book.getByRole("rowheader", { name: /Amira Haddad/ });
  const figure = book.getByRole("link", { name: /^Amira Haddad, Partnership basics/ });
  const [learnerBefore, figureBefore] = [await learner.boundingBox(), await figure.boundingBox()];
  await book.evaluate((table) => (table.parentElement!.scrollLeft = 200));
  await expect
    .poll(async () => (await figure.boundingBox())!.x)
    .toBeLessThan(figureBefore!.x - 100);
  expect((await learner.boundingBox())!.x).toBe(learnerBefore!.x);
  await page.setViewportSize({ width: 1280, height: 900 });

  // A figure opens that learner's work on that assignment.
  await book
    .getByRole("link", { name: /^Amira Haddad, Partnership basics: best score 100%/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /Amira Haddad/ })).toBeVisible();
  await page.goBack();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download gradebook (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^class-gradebook-demo-class-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
  const lines = csv.split("\r\n").filter(Boolean);
  expect(lines).toHaveLength(12);
  expect(lines[0]).toContain("Partnership basics (due ");
  expect(lines.find((l) => l.startsWith("Amira Haddad,"))).toContain(",100,");
});
