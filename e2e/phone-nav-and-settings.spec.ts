import { expect as baseExpect, test, type Page } from "./fixtures";
import { createAccount, uniqueEmail, VIEWPORTS } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 150_000 });

const SECTIONS = ["Library", "Quizzes", "Flashcards", "Progress", "Classes"] as const;

/**
 * WCAG 2.4.11 (focus not obscured): from the last control of a long page, Shift+Tab up through
 * the page's controls. Keyboard focus scrolls each one just into view at the window's top edge,
 * where the sticky header is: each must end below the header (or the header must have scrolled
 * away), never under it. Returns how far the page scrolled back up on the way: it must have,
 * or nothing was tested.
 */
async function tabUpThroughPage(page: Page): Promise<number> {
  await page.locator("main a, main button").last().focus();
  const startY = await page.evaluate(() => window.scrollY);
  const hidden: string[] = [];
  let checked = 0;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Shift+Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      const header = document.querySelector("header")!;
      if (!element || element === document.body || header.contains(element)) return null;
      const box = element.getBoundingClientRect();
      const text = (element.textContent ?? "").trim().slice(0, 40);
      return { top: box.top, headerBottom: header.getBoundingClientRect().bottom, text };
    });
    if (!focused) break;
    checked += 1;
    if (focused.top < Math.max(0, focused.headerBottom) - 0.5)
      hidden.push(`"${focused.text}" at ${focused.top} px, under ${focused.headerBottom} px`);
  }
  expect(checked).toBeGreaterThan(20);
  expect(hidden).toEqual([]);
  return startY - (await page.evaluate(() => window.scrollY));
}

for (const { name: width, viewport } of VIEWPORTS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("every section is in sight in the main navigation and reachable by keyboard", async ({
      page,
    }) => {
      await createAccount(page, {
        name: "Pia Phone",
        email: uniqueEmail("nav"),
        password: "pw-phone-nav",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Pia Phone" })).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const section of SECTIONS) {
        const link = nav.getByRole("link", { name: section });
        await expect(link).toBeInViewport({ ratio: 1 });
        const box = (await link.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      await page.screenshot({ path: `test-results/phone-navigation-${width}.png` });

      // Tab from the top of the page to "Classes" and open it with Enter.
      await page.locator("body").focus();
      const classes = nav.getByRole("link", { name: "Classes" });
      for (
        let i = 0;
        i < 12 && !(await classes.evaluate((el) => el === document.activeElement));
        i++
      )
        await page.keyboard.press("Tab");
      await expect(classes).toBeFocused();
      await expect(classes).toBeInViewport({ ratio: 1 });
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL("/classes");
      await expect(classes).toHaveAttribute("aria-current", "page");
    });

    test("keyboard focus never ends under the header", async ({ page }) => {
      await createAccount(page, {
        name: "Fay Focus",
        email: uniqueEmail("focus"),
        password: "pw-focus-order",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Fay Focus" })).toBeVisible();
      // The decks page: a long list of links and buttons, several screens at either width.
      await page.goto("/flashcards");
      await page.waitForLoadState("networkidle");
      expect(await tabUpThroughPage(page)).toBeGreaterThan(100);
      // Between the two, the header is sticky and its navigation wraps to more rows: the
      // scroll padding follows its measured height.
      if (width === "desktop") {
        await page.setViewportSize({ width: 700, height: 800 });
        await page.reload();
        await page.waitForLoadState("networkidle");
        expect(await tabUpThroughPage(page)).toBeGreaterThan(100);
      }
    });

    test("/settings hydrates without a mismatch; the app has an icon and a manifest", async ({
      browser,
    }) => {
      // A device in another zone than the account's: the case that made #418.
      const context = await browser.newContext({ viewport, timezoneId: "Europe/Paris" });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await createAccount(page, {
        name: "Sol Settings",
        email: uniqueEmail("settings"),
        password: "pw-settings",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Sol Settings" })).toBeVisible();
      await page.goto("/settings");
      const select = page.getByRole("combobox", { name: "Time zone" });
      await select.selectOption("Asia/Tokyo");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByText("Settings saved.")).toBeVisible();
      errors.length = 0;

      await page.reload();
      await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Asia/Tokyo");
      const useDevice = page.getByRole("button", { name: "Use this device's zone (Europe/Paris)" });
      await expect(useDevice).toBeVisible();
      expect(errors.filter((e) => /418|hydrat/i.test(e))).toEqual([]);

      // The icon and the manifest, by Next's file conventions.
      const iconHref = await page.locator('link[rel="icon"]').first().getAttribute("href");
      expect(iconHref).toBeTruthy();
      const icon = await page.request.get(iconHref!);
      expect(icon.status()).toBe(200);
      expect(icon.headers()["content-type"]).toContain("image/svg+xml");
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
      const manifest = await page.request.get(manifestHref!);
      expect(manifest.status()).toBe(200);
      const body = (await manifest.json()) as { name: string; icons: { src: string }[] };
      expect(body.name).toBe("Partnership Study");
      for (const entry of body.icons)
        expect((await page.request.get(entry.src)).status()).toBe(200);
      await context.close();
    });
  });
}
