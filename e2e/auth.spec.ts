import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, openAccountMenu, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("a learner signs up, signs out, signs back in and reaches a protected page", async ({
  page,
}) => {
  const email = uniqueEmail("journey");
  await signUp(page, { name: "Journey Learner", email, password: "a-good-password" });

  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Welcome, Journey Learner" })).toBeVisible();
  await openAccountMenu(page);
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("Learner", { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");

  // Sign-out forgets this device's copy of the study pack; grades not yet sent stay. A quiz's
  // drafts and answers are not keyed by account: an answer not sent yet is sent (this one is
  // refused: no such attempt) and everything the quiz player kept goes.
  await page.evaluate(() => {
    localStorage.setItem("study-offline:pack:someone:all", "{}");
    localStorage.setItem("study-offline:grades:someone", "[]");
    localStorage.setItem(
      "quiz-attempt:not-an-attempt:draft:0",
      JSON.stringify({ kind: "short-answer", text: "my private draft answer" }),
    );
    localStorage.setItem(
      "quiz-attempt:not-an-attempt:unsent-answers",
      JSON.stringify([[1, { kind: "true-false", value: true }]]),
    );
  });
  const sent = page.waitForRequest(
    (r) => r.method() === "PUT" && r.url().endsWith("/api/quiz-attempts/not-an-attempt/responses"),
  );
  await signOut(page);
  await sent;
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("study-") || k.startsWith("quiz-")),
    ),
  ).toEqual(["study-offline:grades:someone"]);
  await page.goto("/signin");
  await signIn(page, email, "a-good-password");
  await expect(page.getByRole("heading", { name: "Welcome, Journey Learner" })).toBeVisible();

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Progress" })
    .click();
  await expect(page).toHaveURL("/progress");
  await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Progress" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("a wrong password shows an error and keeps the visitor signed out", async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, "learner@example.com", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Incorrect email or password.",
  );
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprogress/);
});

test("an anonymous visit to a protected page goes to sign-in and comes back after it", async ({
  page,
}) => {
  await page.goto("/flashcards");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fflashcards/);
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL("/flashcards");
  await expect(page.getByRole("heading", { name: "Flashcards", level: 1 })).toBeVisible();
});

/** The texts a field's aria-describedby names, in order. */
async function descriptionsOf(field: Locator): Promise<string[]> {
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
  const page = field.page();
  return Promise.all(
    ids.map(async (id) => (await page.locator(`[id="${id}"]`).innerText()).trim()),
  );
}

test("sign-up explains what is wrong with the input", async ({ page }) => {
  await page.goto("/signup");
  // The password's rule is said once on the page, and by the field: first as its hint...
  const password = page.getByLabel("Password");
  const rule = page.getByText(/at least 8 characters/i);
  await expect(rule).toHaveCount(1);
  expect(await descriptionsOf(password)).toEqual(["At least 8 characters."]);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter your email address.")).toBeVisible();

  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  // ...then as the message that takes the hint's place: it was said twice, hint and message.
  await expect(rule).toHaveCount(1);
  expect(await descriptionsOf(password)).toEqual(["Use at least 8 characters."]);

  await page.getByLabel("Email").fill("LEARNER@example.com");
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByText("An account with this email already exists. Sign in instead.").first(),
  ).toBeVisible();
});

test("the server answers bad sign-up input with 4xx, never 500", async ({ request, baseURL }) => {
  // An API client states its origin, as a browser does (issue 12, finding 6).
  const origin = new URL(baseURL!).origin;
  const cases: [unknown, number][] = [
    [{ name: "A", email: "", password: "long-enough" }, 422],
    [{ name: "A", email: "x".repeat(300) + "@example.com", password: "long-enough" }, 422],
    [{ name: "A", email: "a@example.com", password: "x".repeat(500) }, 422],
    [{ name: "A", email: "learner@example.com", password: "long-enough" }, 409],
  ];
  for (const [data, status] of cases) {
    const response = await request.post("/api/users", { data, headers: { origin } });
    expect(response.status(), JSON.stringify(data).slice(0, 60)).toBe(status);
    expect((await response.json()).ok).toBe(false);
  }
  const notJson = await request.post("/api/users", {
    data: Buffer.from("{nope"),
    headers: { "content-type": "application/json", origin },
  });
  expect(notJson.status()).toBe(400);
  const plainText = await request.post("/api/users", {
    data: "nope",
    headers: { "content-type": "text/plain", origin },
  });
  expect(plainText.status()).toBe(403);
});

test("an instructor can sign up and is shown as one", async ({ page }) => {
  await signUp(page, {
    name: "Ina Structor",
    email: uniqueEmail("teacher"),
    password: "teach-me-please",
    role: "instructor",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Ina Structor" })).toBeVisible();
  await openAccountMenu(page);
  await expect(page.getByText("Instructor", { exact: true })).toBeVisible();
});

test("the theme switches between light and dark", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: /theme/ });
  await expect(toggle).toHaveAccessibleName(/System theme/);
  await toggle.click(); // system -> light
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await toggle.click(); // light -> dark
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test.describe("without the page's script", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form never puts the password in the address, and says why", async ({
    page,
  }) => {
    await page.goto("/signin");
    // What a browser without scripts shows (Chromium with its scripts turned off by Playwright
    // still parses <noscript> as text, so the markup is read here).
    const markup = await (await page.request.get("/signin")).text();
    expect(markup).toMatch(/<noscript><p[^>]*>This app needs JavaScript: turn it on/);
    await page.getByLabel("Email").fill("learner@example.com");
    await page.getByLabel("Password").fill("a-secret-password");
    // The browser submits the form itself: by POST, so the fields stay out of the address.
    const sent = page.waitForRequest((request) => new URL(request.url()).pathname === "/signin");
    await page.getByRole("button", { name: "Sign in" }).click();
    const request = await sent;
    expect(request.method()).toBe("POST");
    await page.waitForLoadState();
    expect(page.url()).not.toContain("a-secret-password");
    expect(page.url()).not.toContain("password");
  });

  test("the library reads without it, as the note says", async ({ page }) => {
    await page.goto("/library");
    await page
      .getByRole("link", { name: /^Partnership for Peace/ })
      .first()
      .click();
    await expect(page).toHaveURL("/library/pfp");
    await expect(
      page.getByText("NATO established the Partnership for Peace in 1994."),
    ).toBeVisible();
  });
});
