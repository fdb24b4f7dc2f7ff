import { expect, test, type Page } from "./fixtures";
import { createAccount, postJson, startFiveTrueFalse, uniqueEmail } from "./helpers";

const KIND_NAMES = [
  "Single choice",
  "Multiple select",
  "True or false",
  "Fill in the blank",
  "Matching",
  "Ordering",
  "Short answer",
  "Which programme?",
];

async function currentKind(page: Page): Promise<string> {
  const text = (await page.locator("#quiz-question-heading").textContent()) ?? "";
  const kind = KIND_NAMES.find((name) => text.includes(name));
  if (!kind) throw new Error(`unknown question kind in "${text}"`);
  return kind;
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; type: string; text: string }) => boolean,
  max = 40,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        tag: a?.tagName ?? "",
        type: (a as HTMLInputElement | null)?.type ?? "",
        text: (a?.getAttribute("aria-label") ?? a?.textContent ?? "").trim(),
      };
    });
    if (matches(el)) return;
  }
  throw new Error("focus never reached the wanted control");
}

/** Gives some answer to the current question with the keyboard only. */
async function answerWithKeyboard(page: Page, kind: string) {
  switch (kind) {
    case "Single choice":
    case "Which programme?":
    case "Multiple select":
    case "True or false":
      await page.keyboard.press("1");
      break;
    case "Fill in the blank":
    case "Short answer":
      await tabTo(page, (el) => el.tag === "INPUT" && el.type === "text");
      await page.keyboard.type("Partnership for Peace");
      break;
    case "Matching":
      // The keyboard alternative to drag and drop: a select per item.
      await tabTo(page, (el) => el.tag === "SELECT");
      await page.keyboard.press("ArrowDown");
      break;
    case "Ordering":
      await tabTo(page, (el) => el.tag === "BUTTON" && /Move/.test(el.text + ""));
      await page.keyboard.press("Enter");
      break;
  }
}

test("a practice quiz with every question type, answered with the keyboard only", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Quiz Learner",
    email: uniqueEmail("quiz"),
    password: "quiz-password",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Quiz Learner" })).toBeVisible();
  await page.goto("/quizzes/new");
  // Ordering questions rest on NATO background: the source-only default has none.
  await page.getByRole("checkbox", { name: /Include NATO background/ }).press("Space");
  // Eight questions cover all eight kinds.
  const slider = page.getByLabel(/Number of questions/);
  await slider.focus();
  await page.keyboard.press("Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel(/Number of questions/)).toHaveValue("8");
  await page.getByRole("button", { name: /Start quiz \(8 questions\)/ }).press("Enter");
  await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toBeVisible();

  const seen = new Set<string>();
  for (let n = 1; n <= 8; n++) {
    await expect(page.getByText(`Question ${n} of 8`).first()).toBeVisible();
    const kind = await currentKind(page);
    seen.add(kind);
    await answerWithKeyboard(page, kind);
    if (kind === "Matching" || kind === "Ordering") {
      await tabTo(page, (el) => el.tag === "BUTTON" && el.text.startsWith("Check answer"));
    }
    await page.keyboard.press("Enter");
    // Feedback: a verdict, the explanation and its source.
    const verdict = page.getByRole("heading", {
      level: 3,
      name: /^(Correct|Partly correct|Incorrect)/,
    });
    await expect(verdict).toBeVisible();
    await expect(page.getByRole("list", { name: "Sources" }).first()).toBeVisible();
    await page.keyboard.press("Enter");
    if (n === 8) {
      const dialog = page.getByRole("dialog");
      if (await dialog.isVisible().catch(() => false)) {
        await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "See results");
        await page.keyboard.press("Enter");
      }
    }
  }
  expect([...seen].sort()).toEqual([...KIND_NAMES].sort());

  await expect(page).toHaveURL(/\/quizzes\/[^/]+\/results$/);
  await expect(page.getByRole("heading", { name: /Your score: \d+%/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Question by question" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: /^Question \d+$/ })).toHaveCount(8);
  await page.screenshot({ path: "test-results/quiz-practice-results.png", fullPage: true });
});

test("an exam keeps answers over a reload, then shows the review; retry asks missed ones", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Exam Learner",
    email: uniqueEmail("exam"),
    password: "exam-password",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Exam Learner" })).toBeVisible();
  await startFiveTrueFalse(page, "Exam");
  // The page and its RSC payload carry per-attempt ids only, not the old public ids.
  expect(await page.content()).not.toMatch(/q_[0-9a-f]{14}|"publicId":"[^"]*[:_]/);
  await page.getByRole("radio", { name: /True/ }).first().check();
  await expect(page.getByRole("status").filter({ hasText: /Saved$/ })).toBeVisible();
  await page.getByRole("button", { name: /Next question/ }).click();
  await expect(page.getByText("Question 2 of 5").first()).toBeVisible();
  await page.keyboard.press("2"); // False
  // The flag is saved by its own request; the reload below must come after it, not race it.
  const flagSaved = page.waitForResponse(
    (r) => r.request().method() === "PATCH" && !!r.request().postData()?.includes('"flag"'),
  );
  await page.getByRole("button", { name: "Flag for review", exact: true }).click();
  expect((await flagSaved).ok()).toBe(true);
  await expect(
    page.getByRole("button", { name: "Flagged for review", exact: true }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status").filter({ hasText: /Saved$/ })).toBeVisible();

  await page.reload();
  await expect(page.getByText("Question 2 of 5").first()).toBeVisible();
  await expect(page.getByRole("radio", { name: /False/ }).first()).toBeChecked();
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Question 2, answered, flagged for review" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 3, not answered" })).toBeVisible();

  await page.getByRole("button", { name: "Question 1, answered" }).click();
  await expect(page.getByRole("radio", { name: /True/ }).first()).toBeChecked();

  await page.getByRole("button", { name: "Submit exam" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Submit the exam?" });
  await expect(dialog).toContainText("3 unanswered");
  await dialog.getByRole("button", { name: "Submit exam" }).click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByText(/of 5 correct · 2 answered/)).toBeVisible();
  await expect(page.getByText("Not answered").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "By question type" })).toContainText(
    "True or false",
  );

  const retry = page.getByRole("button", { name: /Retry the \d I missed/ });
  const missed = Number((await retry.textContent())!.match(/\d/)![0]);
  expect(missed).toBeGreaterThanOrEqual(3);
  await retry.click();
  await expect(page.getByText(`Question 1 of ${missed}`).first()).toBeVisible();

  await page.goto("/quizzes");
  await expect(page.getByRole("heading", { name: "Unfinished" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Resume" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Past quizzes" })).toBeVisible();
});

test("quiz set-up: source document by default, NATO background and levels on request", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Setup Learner",
    email: uniqueEmail("setup"),
    password: "setup-password",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Setup Learner" })).toBeVisible();
  await page.goto("/quizzes/new");
  const matching = page.getByRole("status").filter({ hasText: /questions match/ });
  const count = async () => Number((await matching.textContent())!.match(/(\d+) questions/)![1]);
  await expect(matching).toHaveText(/^\d+ questions match\.$/);
  const source = await count();

  const background = page.getByRole("checkbox", { name: /Include NATO background/ });
  await expect(background).not.toBeChecked();
  await background.check();
  await expect.poll(count).toBeGreaterThan(source);
  await background.uncheck();
  await expect.poll(count).toBe(source);

  // A programme beyond the source, ticked without the background: no question, and one click
  // to bring them in.
  const programmes = page.getByRole("group", { name: "Programmes" });
  const md = programmes.getByRole("checkbox", { name: "Mediterranean Dialogue NATO background" });
  await md.check();
  await expect(matching).toHaveText("No questions match these choices.");
  const note = page.getByText(
    "Mediterranean Dialogue: its questions all come from NATO background, which is not included.",
  );
  await expect(note).toBeVisible();
  await page.getByRole("button", { name: "Include NATO background" }).click();
  await expect(background).toBeChecked();
  await expect(note).toHaveCount(0);
  await expect.poll(count).toBeGreaterThan(0);
  await md.uncheck();
  await background.uncheck();
  await expect.poll(count).toBe(source);

  // A question type only NATO background asks gets the same note (it said "No questions
  // match" and nothing more).
  const ordering = page
    .getByRole("group", { name: "Question types" })
    .getByRole("checkbox", { name: "Ordering NATO background" });
  await ordering.check();
  await expect(matching).toHaveText("No questions match these choices.");
  const kindNote = page.getByText(
    "Ordering questions all come from NATO background, which is not included.",
  );
  await expect(kindNote).toBeVisible();
  await page.getByRole("button", { name: "Include NATO background" }).click();
  await expect(background).toBeChecked();
  await expect(kindNote).toHaveCount(0);
  await expect.poll(count).toBeGreaterThan(0);
  await ordering.uncheck();
  await background.uncheck();
  await expect.poll(count).toBe(source);

  await page.getByRole("checkbox", { name: "Apply to a case" }).check();
  await expect.poll(count).toBeLessThan(source);
  const apply = await count();
  expect(apply).toBeGreaterThanOrEqual(5);
  await page.getByRole("checkbox", { name: "Compare formats" }).check();
  await expect.poll(count).toBeGreaterThan(apply);

  const size = Math.min(10, await count());
  await page.getByRole("button", { name: `Start quiz (${size} questions)` }).click();
  await expect(page.getByText(`Question 1 of ${size}`).first()).toBeVisible();
  await expect(page.getByText(/beyond the source document/)).toHaveCount(0);
});

test("bad quiz requests are refused with clear 4xx answers", async ({ page }) => {
  await createAccount(page, {
    name: "Api Learner",
    email: uniqueEmail("api"),
    password: "api-password",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Api Learner" })).toBeVisible();
  // An API client states its origin, as a browser does (issue 12, finding 6).
  const origin = new URL(page.url()).origin;
  await page.context().setExtraHTTPHeaders({ Origin: origin });
  const request = page.request;
  expect((await request.post("/api/quiz-attempts", { data: { count: 500 } })).status()).toBe(422);
  const started = await request.post("/api/quiz-attempts", { data: { count: 5 } });
  expect(started.status()).toBe(201);
  const { data } = await started.json();
  const save = (body: unknown) =>
    request.put(`/api/quiz-attempts/${data.attemptId}/responses`, { data: body });
  expect(
    (await save({ position: 40, response: { kind: "true-false", value: true } })).status(),
  ).toBe(422);
  expect((await save({ position: 0, response: { kind: "essay" } })).status()).toBe(422);
  expect(
    (
      await request.put(`/api/quiz-attempts/not-mine/responses`, {
        data: { position: 0, response: { kind: "true-false", value: true } },
      })
    ).status(),
  ).toBe(404);
  expect((await page.goto("/quizzes/not-mine"))?.status()).toBe(404);
  // The tab says what the page does, not the quiz page's own title ("Quiz").
  await expect(page).toHaveTitle(/^Page not found · /);
  const anonymous = await page.context().browser()!.newContext();
  expect(
    (
      await anonymous.request.post(`${origin}/api/quiz-attempts`, {
        data: {},
        headers: { Origin: origin },
      })
    ).status(),
  ).toBe(401);
  await anonymous.close();
});

test("a checked matching question drops the messages of its answering", async ({ page }) => {
  await createAccount(page, {
    name: "Match Learner",
    email: uniqueEmail("match"),
    password: "match-password",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Match Learner" })).toBeVisible();
  const { attemptId } = await postJson<{ attemptId: string }>(page, "/api/quiz-attempts", {
    kinds: ["matching"],
    count: 5,
    mode: "practice",
    sourceOnly: false,
  });
  await page.goto(`/quizzes/${attemptId}`);
  await expect(page.getByText("Question 1 of 5").first()).toBeVisible();
  const question = page.getByRole("group").filter({ has: page.locator("legend") });
  const items = question.getByRole("listitem");
  const total = await items.count();
  expect(total).toBeGreaterThan(1);
  // One card dragged onto the first item (the mouse way), the rest left unmatched.
  await question.locator("[draggable=true]").first().dragTo(items.first());
  const announcement = question.locator("[aria-live]");
  await expect(announcement).toHaveText(/ matched with /);
  const left = question.getByText(`${total - 1} of ${total} not matched yet.`);
  await expect(left).toBeVisible();

  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(
    page.getByRole("heading", { level: 3, name: /^(Correct|Partly correct|Incorrect)/ }),
  ).toBeVisible();
  // Under the verdict, each item is marked: the messages written while answering are gone.
  await expect(announcement).toHaveText("");
  await expect(left).toHaveCount(0);
  await expect(question.getByText(/not matched yet\./)).toHaveCount(0);
  await expect(question).not.toContainText("matched with");
});

test("a timed exam reopened with Back counts the time spent away", async ({ page }) => {
  await createAccount(page, {
    name: "Tim Timer",
    email: uniqueEmail("timer"),
    password: "pw-timer",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Tim Timer" })).toBeVisible();
  await startFiveTrueFalse(page, "Exam", 2);
  const timer = page.getByRole("timer", { name: "Time left" });
  const secondsLeft = async () => {
    const [m, s] = (await timer.textContent())!.split(":").map(Number);
    return m! * 60 + s!;
  };
  await expect.poll(secondsLeft).toBeLessThanOrEqual(119);
  // Away on another page of the app, then Back: the browser shows the page it kept, made
  // when the exam started. Its timer showed the time left then (01:59 after 20 s away).
  await page.getByRole("link", { name: "Progress", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  await page.waitForTimeout(20_000);
  await page.goBack();
  await expect(page.getByText("Question 1 of 5").first()).toBeVisible();
  // At once, not after the timer has run down meanwhile: about 98 s left, not 119.
  await expect.poll(secondsLeft, { timeout: 3_000 }).toBeLessThanOrEqual(100);
});
