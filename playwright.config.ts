import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { systemChromium } from "./scripts/lib/chromium";

const port = Number(process.env.E2E_PORT || 3100);
const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME;
// The server's email (password-reset links) is written here, where the specs read it
// (e2e/password-reset.spec.ts); the server and the test workers inherit this environment.
process.env.MAIL_OUTBOX_DIR ||= path.join(os.tmpdir(), `study-e2e-outbox-${port}`);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: jsonReport ? [["list"], ["json", { outputFile: jsonReport }]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace records every action's snapshot and a screencast: a fifth of the suite's CPU when
    // kept for failures only. A retry records one; a failure keeps its screenshot and page snapshot
    // (error-context.md) either way, and `-- --trace on` records every test's.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: systemChromium(),
      // A closed network: no background calls to Google's services, which are refused here.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // scripts/test.ts prepares the database and the production build, then Playwright serves it.
  webServer: {
    // The production server `npm start` runs (it signs each caller's socket address).
    command: `npx tsx scripts/serve.ts -p ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
