import { expect as baseExpect, test, type Page } from "./fixtures";
import { createAccount, uniqueEmail, VIEWPORTS } from "./helpers";

// Sign-up hashes a password and pages render on a shared machine: allow for load.
const expect = baseExpect.configure({ timeout: 25_000 });
test.describe.configure({ timeout: 150_000 });

// Far from UTC, so a name in UTC would show another hour (and often another day).
const ZONE = "Pacific/Kiritimati";
test.use({ timezoneId: ZONE });

// API calls state their origin and send JSON, as the app's own requests do (CSRF guard).
const originOf = (page: Page) => ({
  Origin: new URL(page.url()).origin,
  "Content-Type": "application/json",
});

async function startQuiz(page: Page, options: Record<string, unknown>): Promise<string> {
  const reply = await page.request.post("/api/quiz-attempts", {
    data: { mode: "practice", ...options },
    headers: originOf(page),
  });
  expect(reply.status()).toBe(201);
  return ((await reply.json()) as { data: { attemptId: string } }).data.attemptId;
}

/** "30 Nov 14:05" for now in ZONE, and for a minute later (the start may cross a minute). */
function startTimes(): string[] {
  const format = (d: Date) => {
    const parts = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: ZONE,
    }).formatToParts(d);
    const get = (type: string) => parts.find((p) => p.type === type)?.value;
    return `${get("day")} ${get("month")} ${get("hour")}:${get("minute")}`;
  };
  const now = Date.now();
  return [format(new Date(now - 60_000)), format(new Date(now)), format(new Date(now + 60_000))];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const named = (subject: string, times: string[]) =>
  new RegExp(`^${escape(subject)} · (${times.map(escape).join("|")})$`);

for (const { name: width, viewport } of VIEWPORTS) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport });

    test("attempts are named by what they covered and when; results filter to missed", async ({
      page,
    }) => {
      await createAccount(page, {
        name: "Hana History",
        email: uniqueEmail("history"),
        password: "pw-history",
      });
      await expect(page.getByRole("heading", { name: "Welcome, Hana History" })).toBeVisible();

      const times = startTimes();
      await startQuiz(page, { programmeIds: ["pfp"] });
      await startQuiz(page, { programmeIds: ["pfp", "euro-atlantic-partnership-council"] });
      // A quiz of true/false statements, every one answered "True", then submitted: some
      // answers are right and some missed (the bank's statements are 40-60% true).
      const attemptId = await startQuiz(page, { kinds: ["true-false"], count: 12 });
      for (let position = 0; position < 12; position++) {
        const saved = await page.request.put(`/api/quiz-attempts/${attemptId}/responses`, {
          data: { position, response: { kind: "true-false", value: true } },
          headers: originOf(page),
        });
        expect(saved.status()).toBe(200);
      }
      const submitted = await page.request.post(`/api/quiz-attempts/${attemptId}/submit`, {
        headers: originOf(page),
      });
      expect(submitted.status()).toBe(200);

      await page.goto(`/quizzes/${attemptId}/results`);
      const filter = page.getByRole("navigation", { name: "Questions to show" });
      const missedLink = filter.getByRole("link", { name: /^Missed only \(\d+\)$/ });
      const missed = Number((await missedLink.textContent())!.match(/\d+/)![0]);
      expect(missed).toBeGreaterThan(0);
      expect(missed).toBeLessThan(12);
      const items = page.getByRole("listitem", { name: /^Question \d+$/ });
      await expect(items).toHaveCount(12);
      await expect(filter.getByRole("link", { name: "All questions (12)" })).toHaveAttribute(
        "aria-current",
        "page",
      );

      // Keyboard: focus the filter and press Enter.
      await missedLink.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\?show=missed/);
      await expect(missedLink).toHaveAttribute("aria-current", "page");
      await expect(items).toHaveCount(missed);
      // Only missed questions: no review says "Correct".
      await expect(page.getByRole("heading", { level: 3, name: /^Correct/ })).toHaveCount(0);
      // The state is in the URL: a reload (or a shared link) keeps it.
      await page.reload();
      await expect(items).toHaveCount(missed);

      // A retry of what was missed, named by its count.
      const retry = await page.request.post(`/api/quiz-attempts/${attemptId}/retry`, {
        headers: originOf(page),
      });
      expect(retry.status()).toBe(201);

      await page.goto("/quizzes");
      const unfinished = page.getByRole("region", { name: "Unfinished" });
      await expect(
        unfinished.getByText(named("Practice · Partnership for Peace", times)),
      ).toBeVisible();
      await expect(unfinished.getByText(named("Practice · PfP, EAPC", times))).toBeVisible();
      await expect(
        unfinished.getByText(named(`Retry of ${missed} missed · All programmes`, times)),
      ).toBeVisible();
      const past = page.getByRole("region", { name: "Past quizzes" });
      await expect(
        past.getByRole("rowheader", { name: named("Practice · All programmes", times) }),
      ).toBeVisible();
      await expect(
        past.getByRole("link", { name: /^Review Practice · All programmes · / }),
      ).toBeVisible();

      // Home names the quiz to continue the same way.
      await page.goto("/");
      await expect(
        page.getByText(named(`Retry of ${missed} missed · All programmes`, times)),
      ).toBeVisible();

      // Retries pile up under "Unfinished": one is discarded, asked first (walk finding 11).
      await page.goto("/quizzes");
      const retryName = named(`Retry of ${missed} missed · All programmes`, times);
      const discard = unfinished.getByRole("button", { name: /^Discard Retry of \d+ missed/ });
      const asked: string[] = [];
      page.once("dialog", (dialog) => {
        asked.push(dialog.message());
        void dialog.dismiss();
      });
      await discard.click();
      await expect
        .poll(() => asked)
        .toEqual(["Discard this unfinished quiz? It leaves your list for good."]);
      await expect(unfinished.getByText(retryName)).toBeVisible();
      page.once("dialog", (dialog) => void dialog.accept());
      await discard.click();
      await expect(unfinished.getByText(retryName)).toHaveCount(0);
      await expect(unfinished.getByRole("button", { name: /^Discard / })).toHaveCount(2);
      // The button went with its row: focus is on the page's heading, not lost to the page.
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await expect(
        past.getByRole("rowheader", { name: named("Practice · All programmes", times) }),
      ).toBeVisible();
      await page.goto("/");
      await expect(page.getByText(named("Practice · PfP, EAPC", times))).toBeVisible();
    });
  });
}
