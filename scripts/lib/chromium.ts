// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's headless shell
// (/usr/bin/chromium-headless-shell, package chromium-headless-shell), else Debian's full
// /usr/bin/chromium, else Playwright's own build when one was downloaded
// (`npx playwright install chromium` on a machine that can download it). Shared by
// playwright.config.ts, `npm test` and the fault scenarios.
//
// The headless shell is Chromium's older headless mode, a separate, smaller program: it is what
// Playwright itself launches for headless tests with its own builds, and on this machine the
// end-to-end suite spends less of the two cores in the browser with it than with the full
// browser's headless mode (README, "Tests"). The full browser still works when it is the only one.
import { existsSync } from "node:fs";

export const DEBIAN_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The system browser to launch, or undefined to let Playwright use its own build. */
export function systemChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return [DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM].find((file) => exists(file));
}

/** What to tell someone whose machine has no browser for the end-to-end tests. */
export const MISSING_CHROMIUM = [
  "The end-to-end tests need Chromium, and none was found.",
  "  On Debian or Ubuntu:  sudo apt-get install -y chromium-headless-shell",
  "                        (or chromium; then run npm test again)",
  "  Elsewhere:            set CHROMIUM_PATH to a Chromium or Chrome binary,",
  "                        or run `npx playwright install chromium` where downloads work.",
  "  To run the other suites only:  npm test -- --static --unit --integration",
].join("\n");

/** Whether a browser is there to launch: the system one, or Playwright's downloaded build. */
export async function hasChromium(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const system = systemChromium(env);
  if (system) return existsSync(system);
  const { chromium } = await import("@playwright/test");
  return existsSync(chromium.executablePath());
}
