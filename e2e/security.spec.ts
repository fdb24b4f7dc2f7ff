// Issue 12 at the browser: the CSP with its nonce lets the app hydrate and run (and nothing
// is refused), the headers are there, and the request edge holds for a real browser.
import { expect, test, type Page } from "./fixtures";
import { createAccount, DEMO_PASSWORD, openAccountMenu, signIn, uniqueEmail } from "./helpers";

/** Collects what the browser refused under the page's CSP. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("finding 10: pages carry a per-request nonce CSP and still hydrate and work", async ({
  page,
}) => {
  const violations = cspViolations(page);
  const first = await page.goto("/signin");
  const second = await page.request.get("/signin");
  const csp = first!.headers()["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  expect(csp).toContain("'strict-dynamic'");
  expect(first!.headers()["cross-origin-opener-policy"]).toBe("same-origin");
  expect(first!.headers()["permissions-policy"]).toContain("camera=()");
  expect(first!.headers()["strict-transport-security"]).toMatch(/max-age=/);
  // Every inline script Next wrote carries the nonce.
  const scripts = await page
    .locator("script:not([src])")
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));

  // Client-side code runs: the form validates, signs in and the menu opens.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await openAccountMenu(page);
  await expect(page.getByText("learner@example.com")).toBeVisible();
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  expect(violations).toEqual([]);

  // Authenticated JSON is never stored.
  const json = await page.request.get("/api/classes/joined");
  expect(json.status()).toBe(200);
  expect(json.headers()["cache-control"]).toBe("no-store");
});

test("finding 4: a tab in callbackUrl does not lead off the site, signed in or not", async ({
  page,
}) => {
  const bad = await page.goto("/signin?callbackUrl=/%09/evil.example");
  expect(bad!.status()).toBe(400);
  await expect(page.getByText(/callbackUrl must be a path/)).toBeVisible();
  await page.goto("/signin?callbackUrl=%2Fprogress");
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL("/progress");
  const again = await page.goto("/signin?callbackUrl=/%09/evil.example");
  expect(again!.status()).toBe(400);
  expect(new URL(page.url()).host).toBe(new URL(bad!.url()).host);
});

test("finding 1: after 5 wrong passwords the form says when to try again (429)", async ({
  page,
}) => {
  const email = uniqueEmail("guessed");
  await createAccount(page, { name: "Guessed", email, password: "the-right-password" });
  await expect(page).toHaveURL("/");
  await page.context().clearCookies();
  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong-password-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Incorrect email or password.",
    );
  }
  const limited = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  // Another X-Forwarded-For buys nothing: the server takes the address from the socket.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.99" });
  await signIn(page, email, "the-right-password");
  const response = await limited;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(14 * 60);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Too many sign-in attempts. Try again in 15 minutes.",
  );
});

test("finding 6: a text/plain or cross-origin change is refused (403)", async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();
  const status = await page.evaluate(async () => {
    const response = await fetch("/api/classes/join", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ code: "ABCDEFGH" }),
    });
    return response.status;
  });
  expect(status).toBe(403);
  const crossOrigin = await page.request.post("/api/classes/join", {
    headers: { Origin: "http://localhost:1", "Content-Type": "application/json" },
    data: { code: "ABCDEFGH" },
  });
  expect(crossOrigin.status()).toBe(403);
  const sameOrigin = await page.request.post("/api/classes/join", {
    headers: { Origin: new URL(page.url()).origin, "Content-Type": "application/json" },
    data: { code: "ABCDEFGH" },
  });
  expect(sameOrigin.status()).toBe(404);
});
