import { randomUUID } from "node:crypto";
import { expect as baseExpect, test } from "./fixtures";
import { createAccount, uniqueEmail, VIEWPORTS } from "./helpers";
import { seedClassWork } from "./seed-class-work";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 150_000 });

for (const { name: width, viewport } of VIEWPORTS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("an instructor's home shows classes, open work, who needs attention, actions", async ({
      page,
    }) => {
      const email = uniqueEmail("home-teacher");
      await createAccount(page, {
        name: "Hana Teacher",
        email,
        password: "teacher-password",
        role: "instructor",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Hana Teacher" })).toBeVisible();
      const actions = page.getByRole("navigation", { name: "Quick actions" });
      await expect(actions.getByRole("link", { name: "Create a class" })).toBeVisible();
      await expect(actions.getByRole("link", { name: "New set" })).toBeVisible();

      const tag = randomUUID().slice(0, 6);
      const seeded = await seedClassWork(email, `Seminar ${tag}`, tag);
      await page.reload();

      const classes = page.getByRole("region", { name: "Your classes" });
      await expect(classes.getByRole("link", { name: `Seminar ${tag}` })).toHaveAttribute(
        "href",
        `/classes/${seeded.classId}`,
      );
      await expect(classes).toContainText("3 learners · 1 open assignment");

      const open = page.getByRole("region", { name: "Open assignments" });
      await expect(open.getByRole("link", { name: "Week 2 quiz" })).toBeVisible();
      await expect(open).toContainText("1 of 3 done");
      await expect(open).not.toContainText("Week 1 quiz"); // due yesterday: no longer open

      const attention = page.getByRole("region", { name: "Needs attention" });
      const ben = attention.getByRole("listitem").filter({ hasText: `Ben ${tag}` });
      await expect(ben).toContainText("Week 1 quiz");
      await expect(ben).toContainText("Late: not handed in");
      const cy = attention.getByRole("listitem").filter({ hasText: `Cy ${tag}` });
      await expect(cy).toContainText("Low score: 20%");
      await expect(attention).not.toContainText(`Ada ${tag}`);
      await page.screenshot({ path: `test-results/instructor-home-${width}.png`, fullPage: true });

      // The learner's link opens their work on the assignment.
      await cy.getByRole("link", { name: `Cy ${tag}` }).click();
      await expect(page).toHaveURL(
        `/assignments/${seeded.pastAssignmentId}/results/${seeded.learners.low}`,
      );

      // Quick actions lead to the forms.
      await page.goto("/");
      await actions.getByRole("link", { name: "Create a class" }).click();
      await expect(page.getByRole("heading", { name: "Create a class" })).toBeInViewport();
      await page.goto("/");
      await actions.getByRole("link", { name: "New set" }).click();
      await expect(page.getByRole("heading", { name: "New quiz set", level: 1 })).toBeVisible();
    });

    test("item analysis with two learners says there is not enough data", async ({ page }) => {
      const email = uniqueEmail("items-teacher");
      await createAccount(page, {
        name: "Ivo Teacher",
        email,
        password: "teacher-password",
        role: "instructor",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Ivo Teacher" })).toBeVisible();
      const tag = randomUUID().slice(0, 6);
      const seeded = await seedClassWork(email, `Items ${tag}`, tag);
      await page.goto(`/assignments/${seeded.pastAssignmentId}/results`);
      const table = page.getByRole("table", { name: "Item analysis by question" });
      const discrimination = table.getByRole("row").filter({ hasText: /Not enough data/ });
      // Two learners sat the quiz: every question, none judged.
      await expect(discrimination).toHaveCount(5);
      await expect(table).not.toContainText("weak");
      await expect(table).not.toContainText("−1.00");
      await expect(table).not.toContainText("-1.00");
    });
  });
}
