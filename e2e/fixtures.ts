// Every spec imports `test` and `expect` from here: Playwright's, with an accessibility scan
// (axe-core, run in the page) of every page the test visits. A page is scanned
// after each `page.goto`, `page.reload` and `page.waitForURL`, and as the test leaves it
// (each open page at the end), once per distinct address per test, in the colour scheme it
// shows and then in the other. A serious or critical violation (WCAG 2.1 A/AA rules) fails
// the test, listing each rule, the page, the scheme and the elements; so does a page that
// scrolls sideways (reflow, which axe does not check), and an error in the page's script.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type axe from "axe-core";
import { test as base, type Page, type TestInfo } from "@playwright/test";

// The minified build (0.65 MB against axe.source's 1.48 MB): parsing it is most of a scan's
// cost on a page the test has not scanned before.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export { expect } from "@playwright/test";
export type { Browser, BrowserContext, Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/**
 * The rules among those whose outcome depends on colour. The dark scheme changes colours
 * only (no `dark:` variant shows, hides or moves anything:
 * `components/dark-scheme-colours.test.ts`), so the second scheme's scan runs these alone;
 * every other rule would repeat the first scan.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
type RunOnly = { type: "tag" | "rule"; values: string[] };
const TAGS_RUN: RunOnly = { type: "tag", values: TAGS };
const COLOUR_RUN: RunOnly = { type: "rule", values: COLOUR_RULES };
const FAILING_IMPACTS = new Set(["serious", "critical"]);

type Finding = { page: string; scheme: string; rule: string; help: string; nodes: string[] };
type Scheme = "light" | "dark";

/**
 * What this worker has scanned, across its tests: each scheme and fingerprint of the page's
 * state (below). Nearly every journey starts on the same empty sign-up form, and a scan of a
 * page the same to the last attribute, at the same size, finds the same violations: it is run
 * once a worker, not once a test.
 */
const scannedStates = new Set<string>();

class AccessibilityAudit {
  private readonly scanned = new Set<string>();
  readonly findings: Finding[] = [];

  constructor(private readonly testInfo: TestInfo) {}

  watch(page: Page) {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const waitForURL = page.waitForURL.bind(page);
    page.goto = async (...args) => {
      await this.scan(page); // the page being left, reached perhaps by clicks
      const response = await goto(...args);
      await this.scan(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await this.scan(page);
      return response;
    };
    page.waitForURL = async (...args) => {
      await waitForURL(...args);
      await this.scan(page);
    };
  }

  /**
   * Scans the page's current address unless this test has already; `again`: scans it as it is
   * now even so (something opened on it since), unless a scan saw it so before.
   */
  async scan(page: Page, again = false) {
    if (page.isClosed()) return;
    const url = new URL(page.url());
    if (!url.protocol.startsWith("http")) return;
    const address = `${url.pathname}${url.search}`;
    if (this.scanned.has(address) && !again) return;
    const started = Date.now();
    try {
      // After a client-side navigation Next sets the new page's <title> just after its content:
      // a scan as a test ends on such a click found the title empty. Give the title a moment; an
      // HTML page that has none still fails the scan, 2 s later.
      await page
        .waitForFunction(
          () => document.contentType !== "text/html" || document.title.trim() !== "",
          undefined,
          { timeout: 2_000 },
        )
        .catch(() => undefined);
      const { isHtml, systemDark, themed, dark, state, sideways } = await page.evaluate(() => {
        // What a scan's outcome rests on besides the build's styles: the markup (but for the
        // scripts, which carry each response's nonce), what the form controls hold (typed
        // values are not in it), the focused element and the viewport.
        const markup = document.documentElement.cloneNode(true) as HTMLElement;
        for (const script of markup.querySelectorAll("script")) script.remove();
        const state = [
          `${window.innerWidth}x${window.innerHeight}`,
          markup.outerHTML,
          ...Array.from(document.querySelectorAll("input, select, textarea"), (element) => {
            const control = element as HTMLInputElement;
            return `${control.value}|${control.checked}`;
          }),
          String(Array.prototype.indexOf.call(document.all, document.activeElement)),
        ].join("\u0000");
        return {
          isHtml: document.contentType === "text/html",
          systemDark: window.matchMedia("(prefers-color-scheme: dark)").matches,
          // next-themes marks <html> with the scheme in force; a page without it (the static
          // offline page) has one scheme only.
          themed: ["light", "dark"].some((name) =>
            document.documentElement.classList.contains(name),
          ),
          dark: document.documentElement.classList.contains("dark"),
          state,
          // Reflow (WCAG 1.4.10), which axe does not check: the page itself must not scroll
          // sideways; a wide table scrolls in its own box. To say where: the outermost elements
          // whose right edge is the page's (an absolutely placed one escapes a scrolling box
          // that is not its containing block).
          sideways:
            document.documentElement.scrollWidth > window.innerWidth + 1
              ? Array.from(document.body.querySelectorAll<HTMLElement>("*"))
                  .filter((element) => {
                    const edge = document.documentElement.scrollWidth;
                    const atEdge = (node: Element) =>
                      Math.abs(node.getBoundingClientRect().right + window.scrollX - edge) <= 1;
                    return atEdge(element) && !atEdge(element.parentElement!);
                  })
                  .slice(0, 5)
                  .map(
                    (element) =>
                      `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}` +
                      ` "${(element.textContent ?? "").trim().slice(0, 40)}"`,
                  )
              : null,
        };
      });
      if (!isHtml) return;
      this.scanned.add(address);
      if (sideways)
        this.findings.push({
          page: address,
          scheme: dark ? "dark" : "light",
          rule: "reflow (WCAG 1.4.10)",
          help: `The page scrolls sideways at ${page.viewportSize()?.width ?? "?"} px`,
          nodes: sideways,
        });
      const fingerprint = createHash("sha256").update(state).digest("base64url");
      // The scheme the page shows now, scanned with every rule; then the other, by switching
      // the system scheme, with the colour rules alone.
      const shown: Scheme = dark ? "dark" : "light";
      if (!scannedStates.has(`${shown} ${fingerprint}`)) {
        await this.collect(page, address, shown, TAGS_RUN);
        scannedStates.add(`${shown} ${fingerprint}`);
      }
      const other: Scheme = dark ? "light" : "dark";
      // next-themes follows the system scheme unless the learner chose one in the app: a page
      // showing another scheme than the system's keeps it, and has nothing more to scan.
      if (!themed || systemDark !== dark || scannedStates.has(`${other} ${fingerprint}`)) return;
      await page.emulateMedia({ colorScheme: other });
      try {
        const switched = await page
          .waitForFunction(
            (toDark) => document.documentElement.classList.contains("dark") === toDark,
            other === "dark",
            { timeout: 2_000 },
          )
          .then(
            () => true,
            () => false,
          );
        if (switched) await this.collect(page, address, other, COLOUR_RUN);
        scannedStates.add(`${other} ${fingerprint}`);
      } finally {
        // The test goes on in the scheme it had, even when the page navigated mid-scan.
        if (!page.isClosed())
          await page
            .emulateMedia({ colorScheme: systemDark ? "dark" : "light" })
            .catch(() => undefined);
      }
    } catch (error) {
      // The page navigated away mid-scan (a redirect, the test's next click): scan it later.
      if (/context was destroyed|navigat|Target .* closed/i.test(String(error))) {
        this.scanned.delete(address);
        return;
      }
      throw error;
    } finally {
      // The scan's time is not taken from the journey's own time limit (0: none).
      if (this.testInfo.timeout > 0)
        this.testInfo.setTimeout(this.testInfo.timeout + (Date.now() - started));
    }
  }

  /**
   * axe-core run in the page itself: its source sent once per document and run once per
   * scheme, keeping only violations. @axe-core/playwright's AxeBuilder sent the source on
   * every run and finished each run in a new blank page: 2.4 times as long (README, "Tests").
   * The app has no frames, the one thing the builder's way adds.
   */
  private async collect(page: Page, address: string, scheme: Scheme, runOnly: RunOnly) {
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(
      (only) =>
        (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: only,
          resultTypes: ["violations"],
        }),
      runOnly,
    );
    for (const violation of results.violations) {
      if (!FAILING_IMPACTS.has(violation.impact ?? "")) continue;
      this.findings.push({
        page: address,
        scheme,
        rule: `${violation.id} (${violation.impact})`,
        help: violation.help,
        nodes: violation.nodes.map((node) => {
          const summary = node.failureSummary?.split("\n").slice(1, 2).join(" ").trim();
          return `${node.target.join(" ")}${summary ? ` — ${summary}` : ""}`;
        }),
      });
    }
  }

  report(): string {
    return this.findings
      .map(
        (f) =>
          `${f.rule}: ${f.help}\n    on ${f.page} (${f.scheme})\n` +
          f.nodes.map((n) => `      ${n}`).join("\n"),
      )
      .join("\n");
  }
}

const audits = new WeakMap<Page, AccessibilityAudit>();

/**
 * Scans the page as it is now, though its address was scanned when the test reached it: for
 * what the test opened since (a folded table, a dialog). Its findings fail the test at its end
 * with the others.
 */
export async function scanAgain(page: Page): Promise<void> {
  const audit = audits.get(page);
  if (!audit) throw new Error("scanAgain: this page is not watched (scripts off?)");
  await audit.scan(page, true);
}

export const test = base.extend({
  // Playwright calls the second argument `use`; another name keeps React's lint rule quiet.
  context: async ({ context, javaScriptEnabled }, provide, testInfo) => {
    // axe runs as the page's script: a test with scripts off (what the page shows without
    // them) cannot be scanned.
    if (javaScriptEnabled === false) return provide(context);
    const audit = new AccessibilityAudit(testInfo);
    // What the page's own script threw, or logged as an error, besides a refused or failed
    // request (journeys that test refusals and the offline mode make those on purpose): an
    // uncaught exception, React's hydration errors, a script the Content-Security-Policy blocked.
    const scriptErrors: string[] = [];
    context.on("page", (page) => {
      audit.watch(page);
      audits.set(page, audit);
      page.on("pageerror", (error) => scriptErrors.push(`${page.url()}: ${error.stack ?? error}`));
      page.on("console", (message) => {
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
          scriptErrors.push(`${page.url()}: ${message.text()}`);
      });
    });
    await provide(context);
    for (const page of context.pages()) await audit.scan(page);
    if (audit.findings.length) {
      throw new Error(
        `Accessibility: ${audit.findings.length} serious or critical finding(s)\n` + audit.report(),
      );
    }
    if (scriptErrors.length)
      throw new Error(`The page's script failed:\n${scriptErrors.map((e) => `  ${e}`).join("\n")}`);
  },
});
