// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else Playwright's own build when one was downloaded (`npx playwright install chromium` on a
// machine that can download it). Shared by playwright.config.ts and `npm test`.
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The system browser to launch, or undefined to let Playwright use its own build. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** What to tell someone whose machine has no browser for the end-to-end tests. */
export const MISSING_CHROMIUM = [
  "The end-to-end tests need Chromium, and none was found.",
  "  On Debian or Ubuntu:  sudo apt-get install -y chromium   (then run npm test again)",
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
