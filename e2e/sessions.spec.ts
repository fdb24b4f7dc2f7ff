import { expect, test, type Browser, type Page } from "./fixtures";
import { createAccount, signIn, uniqueEmail } from "./helpers";

const WELCOME = { timeout: 30_000 };
test.describe.configure({ timeout: 120_000 });

/** A second device: a fresh browser context signed in as the same account. */
async function secondDevice(browser: Browser, baseURL: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: /Welcome,/ })).toBeVisible(WELCOME);
  return { context, page };
}

async function sessionEmail(page: Page): Promise<string | null> {
  const reply = await page.request.get("/api/auth/session");
  const body = (await reply.json()) as { user?: { email?: string } };
  return body.user?.email ?? null;
}

test("sign out everywhere ends the session on every device", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("everywhere");
  await createAccount(page, { name: "Two Devices", email, password: "two-devices-pw" });
  await expect(page.getByRole("heading", { name: "Welcome, Two Devices" })).toBeVisible(WELCOME);
  const other = await secondDevice(browser, baseURL!, email, "two-devices-pw");
  expect(await sessionEmail(other.page)).toBe(email);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);

  // The other device's cookie is still there, but it no longer opens a session.
  expect(await sessionEmail(other.page)).toBeNull();
  await other.page.goto("/progress");
  await expect(other.page).toHaveURL(/\/signin/);
  await other.context.close();
});

test("a password change ends other sessions; a deleted account shows no session", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("revoke");
  await createAccount(page, { name: "Careful Learner", email, password: "old-password-1" });
  await expect(page.getByRole("heading", { name: "Welcome, Careful Learner" })).toBeVisible(
    WELCOME,
  );
  const other = await secondDevice(browser, baseURL!, email, "old-password-1");

  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("old-password-1");
  // The length rule is told before anything is typed, as on sign-up.
  await expect(form.getByLabel("New password")).toHaveAccessibleDescription(
    /^At least 8 characters\. Changing it signs you out on every device/,
  );
  await form.getByLabel("New password").fill("new-password-2");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect(await sessionEmail(other.page)).toBeNull();
  await other.context.close();

  // Sign in with the new password, keep a copy of the cookie, delete the account.
  await signIn(page, email, "new-password-2");
  await expect(page.getByRole("heading", { name: "Welcome, Careful Learner" })).toBeVisible(
    WELCOME,
  );
  const cookies = await page.context().cookies();
  await page.goto("/account");
  await page.getByLabel(/Type your email address/).fill(email);
  await page.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible(WELCOME);

  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  expect(await sessionEmail(replayPage)).toBeNull();
  await replay.close();
});
