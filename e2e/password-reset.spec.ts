import { readOutbox } from "../test/outbox";
import { expect, test } from "./fixtures";
import { createAccount, signIn, uniqueEmail } from "./helpers";

/** The reset link in the newest email to this address in the server's outbox, once it is there. */
async function linkEmailedTo(email: string): Promise<string> {
  const dir = process.env.MAIL_OUTBOX_DIR!;
  let link: string | undefined;
  await expect(async () => {
    const messages = readOutbox(dir).filter((message) =>
      message.split(/\r?\n/).includes(`To: ${email}`),
    );
    link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(messages.at(-1) ?? "")?.[0];
    expect(link, `an email to ${email} in ${dir}`).toBeTruthy();
  }).toPass({ timeout: 15_000 });
  return link!;
}

test("a forgotten password: a link by email, a new password, and signed in with it", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("forgot");
  // Signed in on another device, which the reset signs out.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await createAccount(otherPage, {
    name: "Forgetful Learner",
    email,
    password: "the old password",
  });

  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  // The address typed on the sign-in form comes along, though not in the address bar.
  await expect(page.getByLabel("Email")).toHaveValue(email);
  expect(page.url()).toMatch(/\/forgot-password$/);
  await page.getByRole("button", { name: "Email me a link" }).click();
  const sent = page.getByRole("status");
  await expect(sent).toContainText(`If an account uses ${email}, we have emailed it a link`);
  await expect(sent).toBeFocused();

  const link = await linkEmailedTo(email);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(`For ${email}.`)).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByLabel("New password", { exact: true })).toBeFocused();
  await expect(page.getByText("Use at least 8 characters.").first()).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("the new password");
  await page.getByRole("button", { name: "Save the new password" }).click();

  await expect(page).toHaveURL("/signin?reset=1");
  await expect(page.getByRole("status")).toHaveText(
    "Your password is changed, and every session signed out. Sign in with the new one.",
  );
  await signIn(page, email, "the old password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Incorrect email or password.",
  );
  await signIn(page, email, "the new password");
  await expect(page.getByRole("heading", { name: "Welcome, Forgetful Learner" })).toBeVisible();

  // The link worked once; the other device's session has ended.
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This link has expired or has been used already: ask for a new one.",
  );
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL("/forgot-password");
  // Opened without any link, the page says what it needs rather than "expired".
  await page.goto("/reset-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This page needs the link from your password-reset email.",
  );
  await otherPage.goto("/progress");
  await expect(otherPage).toHaveURL(/\/signin\?callbackUrl=%2Fprogress/);
  await other.close();
});

// That no email goes to it: lib/server/auth/password-reset.test.ts (the email is sent after
// the answer, so a browser cannot tell; which is the point).
test("an address with no account gets the same answer", async ({ page }) => {
  const email = uniqueEmail("nobody");
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(
    `If an account uses ${email}, we have emailed it a link`,
  );
  // Back to the form, the address kept to be corrected.
  await page.getByRole("button", { name: "Try another address" }).click();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Email")).toBeFocused();
});

test("a signed-in learner who forgot the password has a link emailed from settings", async ({
  page,
}) => {
  const email = uniqueEmail("settings-reset");
  await createAccount(page, { name: "Settings Learner", email, password: "the old password" });
  await page.goto("/settings");
  const security = page.getByRole("region", { name: "Sign-in and security" });
  await security.getByRole("button", { name: "Email me a link to choose a new one" }).click();
  await expect(security.getByRole("status")).toHaveText(
    `We have emailed a link to ${email}. It works once, for 60 minutes.`,
  );
  await expect(security.getByRole("status")).toBeFocused();
  await page.goto(await linkEmailedTo(email));
  await page.getByLabel("New password", { exact: true }).fill("the new password");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL("/signin?reset=1");
  await signIn(page, email, "the new password");
  await expect(page.getByRole("heading", { name: "Welcome, Settings Learner" })).toBeVisible();
});
