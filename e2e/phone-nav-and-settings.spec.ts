import { expect as baseExpect, test } from "./fixtures";
import { createAccount, uniqueEmail, VIEWPORTS } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 150_000 });

const SECTIONS = ["Library", "Quizzes", "Flashcards", "Progress", "Classes"] as const;

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
