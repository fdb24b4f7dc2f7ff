// npm run bench:web [-- --quick] — what a browser receives and waits for on the app's main pages,
// beside the bare signed-in page, and the first request after a start.
//
// Builds the app if its sources changed, starts the production server (scripts/serve.ts) on a
// throw-away database (DATABASE_URL's server, else an embedded PostgreSQL) with BENCH_MODE=1, and
// seeds one learner through bench/lib/learners.ts: an open 50-question exam, every card due and
// a year of history. First request: from spawning the server to its first answer, then the first
// page that needs the content (its load, the question bank and the first render). Then, in
// Chromium (/usr/bin/chromium or CHROMIUM_PATH) through Playwright, each page is loaded 5 times
// (3 with --quick) in a fresh signed-in context: compressed JS transferred, HTML size, Largest
// Contentful Paint and Total Blocking Time from the Performance API; and on the study page, from a
// click on "Good" to the frame showing the next card (5 clicks, 9 without --quick). Prints the
// medians and writes bench/results/web.json. Then Lighthouse 12.2.3 (devDependency) scores the
// bare page, /library and /progress with the same Chromium (median of 3 runs, 1 with --quick),
// with its index of the host's CPU speed, which moves its performance score (LighthouseRun).
import { type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { openBenchDatabase } from "./lib/bench-database";
import {
  buildIfNeeded,
  startServer,
  stopServer,
  applyBenchEnv,
  waitForServer,
} from "./lib/bench-server";
import { seed, signIn } from "./lib/learners";
import { machineLine, median, step } from "./lib/report";
import { findFreePort } from "../scripts/lib/postgres";

const quick = process.argv.includes("--quick");
const LOADS = quick ? 3 : 5;
const CLICKS = quick ? 5 : 9;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLOOR_PAGE = "/bench/floor";

/**
 * `requests`: what the view asked of the app's server besides its static files (`/_next/static`),
 * the document included, until a quiet second after load. A browser runs the page's script,
 * which `bench:load` does not: prefetching links sent 16 more requests a view of `/library`
 * before the seventeenth session, each a render on the server.
 */
type PageRun = { jsKb: number; htmlKb: number; lcpMs: number; tbtMs: number; requests: number };
/**
 * One Lighthouse run. `benchmarkIndex` is Lighthouse's measure of the host's CPU speed: its
 * simulated mobile throttling slows the host by a fixed factor, so a slower host (a busy or
 * slower machine) scores lower for the same page; the bare page's scores, in the same run, show
 * how much of a score is the host.
 */
type LighthouseRun = {
  performance: number;
  accessibility: number;
  tbtMs: number;
  benchmarkIndex: number;
};

// Runs in the page before its own scripts: collects LCP candidates and long tasks.
const OBSERVE = `
  window.__bench = { lcp: 0, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.renderTime || e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
`;

async function loadOnce(browser: Browser, base: string, cookie: string, url: string) {
  const [name, value] = cookie.split(/=(.*)/s) as [string, string];
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: base }]);
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  let requests = 0;
  page.on("request", (request) => {
    const address = request.url();
    if (address.startsWith(base) && !address.startsWith(`${base}/_next/static/`)) requests++;
  });
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script")
      scripts.push(request.sizes().then((s) => s.responseBodySize));
  });
  const response = await page.goto(base + url, { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  const html = (await response.body()).length;
  // Long tasks after load (hydration of late chunks) count too: wait for a quiet second.
  await page.waitForTimeout(1000);
  const { lcp, longTasks, fcp } = await page.evaluate(() => {
    const w = window as unknown as {
      __bench: { lcp: number; longTasks: { start: number; duration: number }[] };
    };
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return { ...w.__bench, fcp: paint?.startTime ?? 0 };
  });
  // TBT as Lighthouse counts it: the part of each long task after FCP beyond 50 ms.
  const tbt = longTasks
    .filter((t) => t.start >= fcp)
    .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return {
    jsKb: js / 1024,
    htmlKb: html / 1024,
    lcpMs: lcp,
    tbtMs: tbt,
    requests,
  } satisfies PageRun;
}

// Runs in the page before a grade's click: resolves with the time from the click event to the
// first frame painted after the next card's front replaced the graded one.
const NEXT_CARD = `
  window.__nextCard = new Promise((resolve) => {
    const before = document.querySelector("#card-front")?.textContent;
    let clickAt = 0;
    const onClick = (e) => { clickAt = e.timeStamp; };
    document.addEventListener("click", onClick, { capture: true, once: true });
    const check = () => {
      const front = document.querySelector("#card-front")?.textContent;
      if (clickAt && front && front !== before)
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickAt)));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  undefined; // evaluating this script must not wait for the promise
`;

/**
 * Click to next flashcard: on the study page, once it has settled (the pack fetched after the
 * first paint included), shows the answer and clicks "Good" `clicks` times; each time, from the
 * click event to the frame that shows the next card's front.
 */
async function clickToNextCard(
  browser: Browser,
  base: string,
  cookie: string,
  clicks: number,
): Promise<number[]> {
  const [name, value] = cookie.split(/=(.*)/s) as [string, string];
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  await page.goto(`${base}/flashcards/study`, { waitUntil: "networkidle" });
  await page.locator("[data-hydrated=true]").waitFor();
  const times: number[] = [];
  for (let i = 0; i < clicks; i++) {
    await page.getByRole("button", { name: /^Show answer/ }).click();
    const good = page.getByRole("button", { name: /^Good:/ });
    await good.waitFor();
    // Let the previous grade's request finish: each click starts from a quiet page.
    await page.waitForLoadState("networkidle");
    await page.evaluate(NEXT_CARD);
    await good.click();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("no next card within 60 s of a grade")), 60_000);
    });
    const next = page.evaluate(() => (window as unknown as { __nextCard: number }).__nextCard);
    times.push(await Promise.race([next, late]).finally(() => clearTimeout(timer)));
  }
  await context.close();
  return times;
}

/**
 * Lighthouse's performance and accessibility scores (its default mobile profile, simulated
 * throttling) through its CLI, signed in by the session cookie. Null when it cannot run.
 */
async function lighthouseScores(base: string, cookie: string, url: string) {
  const { execFile } = await import("node:child_process");
  const args = [
    "lighthouse",
    base + url,
    "--only-categories=performance,accessibility",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--chrome-flags=--headless=new --no-sandbox --disable-background-networking",
    `--extra-headers=${JSON.stringify({ cookie })}`,
  ];
  return new Promise<LighthouseRun | null>((resolve) => {
    execFile(
      "npx",
      args,
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 2 ** 20 },
      (error, stdout, stderr) => {
        if (error) {
          console.log(`  lighthouse ${url} failed: ${String(stderr || error).slice(0, 300)}`);
          return resolve(null);
        }
        const report = JSON.parse(stdout) as {
          categories: Record<string, { score: number | null }>;
          audits: Record<string, { numericValue?: number }>;
          environment: { benchmarkIndex: number };
        };
        const score = (key: string) => Math.round((report.categories[key]?.score ?? 0) * 100);
        resolve({
          performance: score("performance"),
          accessibility: score("accessibility"),
          tbtMs: report.audits["total-blocking-time"]?.numericValue ?? 0,
          benchmarkIndex: report.environment.benchmarkIndex,
        });
      },
    );
  });
}

async function firstRequest(port: number, env: NodeJS.ProcessEnv, base: string) {
  const started = performance.now();
  const server = startServer(port, env);
  try {
    await waitForServer(base);
    const ready = performance.now() - started;
    const before = performance.now();
    const response = await fetch(`${base}/library`);
    await response.text();
    if (!response.ok) throw new Error(`/library: HTTP ${response.status}`);
    const first = performance.now() - before;
    const again = performance.now();
    await (await fetch(`${base}/library`)).text();
    return { readyMs: ready, firstMs: first, secondMs: performance.now() - again };
  } finally {
    await stopServer(server);
  }
}

async function main() {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const database = await openBenchDatabase();
  try {
    await buildIfNeeded();
    const port = await findFreePort();
    const base = `http://localhost:${port}`;
    const env = applyBenchEnv(database.url, base);
    step("Seeding one learner with an open exam, due cards and a year of history");
    const [learner] = await seed(1);

    step("First request after a start (server spawn to first answer, then /library)");
    const start = await firstRequest(port, env, base);
    console.log(
      `  ready after ${start.readyMs.toFixed(0)} ms; ` +
        `first /library ${start.firstMs.toFixed(0)} ms` +
        ` (second ${start.secondMs.toFixed(0)} ms)`,
    );

    step(`Starting the production server on port ${port}`);
    server = startServer(port, env);
    await waitForServer(base);
    await signIn(base, learner!);
    const pages = [
      { name: "floor: bare dynamic page", path: FLOOR_PAGE },
      { name: "/ home", path: "/" },
      { name: "/library", path: "/library" },
      { name: "a quiz in progress", path: `/quizzes/${learner!.attemptId}` },
      { name: "/flashcards/study", path: "/flashcards/study" },
      { name: "/progress, a year of history", path: "/progress" },
    ];

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-background-networking"],
    });
    // One warm-up load of each page (compiles nothing in production, fills caches).
    for (const p of pages) await loadOnce(browser, base, learner!.cookie, p.path);
    const runs = new Map<string, PageRun[]>(pages.map((p) => [p.name, []]));
    for (let i = 0; i < LOADS; i++)
      for (const p of pages)
        runs.get(p.name)!.push(await loadOnce(browser, base, learner!.cookie, p.path));
    step(`Click to next flashcard (${CLICKS} grades)`);
    const clicks = await clickToNextCard(browser, base, learner!.cookie, CLICKS);
    const nextCardMs = median(clicks);

    await browser.close();
    browser = undefined;
    const LIGHTHOUSE_RUNS = quick ? 1 : 3;
    step(
      "Lighthouse (mobile profile) on the bare page, /library and /progress, " +
        `median of ${LIGHTHOUSE_RUNS}`,
    );
    const lighthouse: Record<string, LighthouseRun | null> = {};
    for (const url of [FLOOR_PAGE, "/library", "/progress"]) {
      const scored: LighthouseRun[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const run = await lighthouseScores(base, learner!.cookie, url);
        if (run) scored.push(run);
      }
      const mid = (key: keyof LighthouseRun) => median(scored.map((run) => run[key]));
      lighthouse[url] = scored.length
        ? {
            performance: mid("performance"),
            accessibility: mid("accessibility"),
            tbtMs: mid("tbtMs"),
            benchmarkIndex: mid("benchmarkIndex"),
          }
        : null;
    }

    const floor = median(runs.get(pages[0]!.name)!.map((r) => r.jsKb));
    const rows = pages.map((p) => {
      const list = runs.get(p.name)!;
      const pick = (key: keyof PageRun) => median(list.map((r) => r[key]));
      const jsKb = pick("jsKb");
      return {
        page: p.name,
        path: p.path.replace(learner!.attemptId, "[id]"),
        jsKb,
        jsRatio: jsKb / floor,
        htmlKb: pick("htmlKb"),
        lcpMs: pick("lcpMs"),
        tbtMs: pick("tbtMs"),
        requests: pick("requests"),
      };
    });
    const table = [
      "| page | JS KB (compressed) | JS / bare page | HTML KB | LCP | TBT | server requests | " +
        "click to next card |",
      "|---|---|---|---|---|---|---|---|",
      ...rows.map(
        (r) =>
          `| ${r.page} | ${r.jsKb.toFixed(0)} | ${r.jsRatio.toFixed(2)} | ` +
          `${r.htmlKb.toFixed(1)} | ` +
          `${r.lcpMs.toFixed(0)} ms | ${r.tbtMs.toFixed(0)} ms | ${r.requests.toFixed(0)} | ` +
          `${r.path === "/flashcards/study" ? `${nextCardMs.toFixed(0)} ms` : "–"} |`,
      ),
    ].join("\n");
    console.log(`\nmedian of ${LOADS} loads${quick ? ", --quick" : ""}\n\n${table}`);
    console.log(
      `\nclick to next flashcard: median ${nextCardMs.toFixed(0)} ms of ${CLICKS} ` +
        `(${clicks.map((t) => t.toFixed(0)).join(", ")} ms)`,
    );
    for (const [url, scores] of Object.entries(lighthouse))
      console.log(
        scores
          ? `Lighthouse ${url === FLOOR_PAGE ? "bare page" : url}: performance ` +
              `${scores.performance}, accessibility ${scores.accessibility}, TBT ` +
              `${scores.tbtMs.toFixed(0)} ms ` +
              `(host benchmark index ${scores.benchmarkIndex.toFixed(0)})`
          : `Lighthouse ${url}: did not run`,
      );
    const machine = machineLine();
    console.log(`\n${machine}`);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(
      "bench/results/web.json",
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine,
          loads: LOADS,
          quick,
          firstRequest: start,
          rows,
          clickToNextCard: { medianMs: nextCardMs, runsMs: clicks },
          lighthouse,
        },
        null,
        2,
      )}\n`,
    );
    console.log("Written to bench/results/web.json");
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
