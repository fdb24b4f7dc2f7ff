import { expect, test } from "./fixtures";
import type { Page, Route } from "@playwright/test";
import { createAccount, query, uniqueEmail, zoneNearMidday } from "./helpers";

// Local days decide the counts: run them in a zone where it is midday, not at the wall clock.
test.use({ timezoneId: zoneNearMidday() });

/** A new learner who studies every deck with one new card a day, left on the deck list. */
async function studyAllWithOneNewCardADay(page: Page, name: string, emailPrefix: string) {
  await createAccount(page, { name, email: uniqueEmail(emailPrefix), password: "cards-password" });
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("1");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add to my study: All programmes" }).click();
  await expect(
    page.getByRole("button", { name: "Remove from my study: All programmes" }),
  ).toBeVisible();
}

/** A new learner who studies the Partnership for Peace deck, left on the deck list. */
async function newLearnerStudyingPfp(page: Page, name: string, emailPrefix: string) {
  await createAccount(page, { name, email: uniqueEmail(emailPrefix), password: "cards-password" });
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  await page.goto("/flashcards");
  await page.getByRole("button", { name: "Add to my study: Partnership for Peace" }).click();
  await expect(
    page.getByRole("button", { name: "Remove from my study: Partnership for Peace" }),
  ).toBeVisible();
}

test("a learner reviews a deck by keyboard only, reloads mid-session and undoes a grade", async ({
  page,
}) => {
  await createAccount(page, {
    name: "Card Learner",
    email: uniqueEmail("cards"),
    password: "cards-password",
  });
  await expect(page.getByRole("heading", { name: "Welcome, Card Learner" })).toBeVisible();

  await page.goto("/flashcards");
  await expect(page.getByText("You are not studying any deck yet.")).toBeVisible();
  await page.getByRole("button", { name: "Add to my study: Partnership for Peace" }).click();
  await expect(
    page.getByRole("button", { name: "Remove from my study: Partnership for Peace" }),
  ).toBeVisible();
  await page.getByRole("link", { name: /Study this deck\s*: Partnership for Peace/ }).click();
  await expect(page).toHaveURL("/flashcards/study?deck=pfp");

  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  const front = page.locator("#card-front");
  const counts = page.getByLabel("Cards left today");
  const newCount = async () => Number((await counts.textContent())!.match(/New\s*(\d+)/)![1]);
  const initialNew = await newCount();
  expect(initialNew).toBeGreaterThan(2);
  const firstFront = await front.textContent();

  // Space reveals; the buttons show the interval each grade would give.
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Good: again in 10m/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Again: again in 1m/ })).toBeVisible();
  await page.keyboard.press("3");
  await expect(front).not.toHaveText(firstFront!);
  await expect(counts).toContainText(new RegExp(`New\\s*${initialNew - 1}`));
  await expect(counts).toContainText(/Learning\s*1/);

  // Reload mid-session: the same card is waiting, with the same counts.
  const secondFront = await front.textContent();
  await page.reload();
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await expect(front).toHaveText(secondFront!);
  await expect(counts).toContainText(new RegExp(`New\\s*${initialNew - 1}`));

  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await expect(counts).toContainText(new RegExp(`New\\s*${initialNew - 2}`));

  // U undoes the last grade: the card comes back as it was.
  await page.keyboard.press("u");
  await expect(page.getByText("Last grade undone.")).toBeVisible();
  await expect(front).toHaveText(secondFront!);
  await expect(counts).toContainText(new RegExp(`New\\s*${initialNew - 1}`));

  // The deck's cards, browsed: the first one learning, due in minutes; the undone one new.
  await expect(page.getByText("Saving your grades…")).toHaveCount(0);
  await page.goto("/flashcards");
  await page.getByRole("link", { name: "Browse the cards of Partnership for Peace" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Partnership for Peace" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Study this deck", exact: true })).toBeVisible();
  const cards = page.getByRole("table", { name: "Cards of Partnership for Peace" });
  const first = cards
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: firstFront!, exact: true }) });
  await expect(first).toContainText("Learning");
  await expect(first).toContainText(/\(in \d+m\)/);
  const second = cards
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: secondFront!, exact: true }) });
  await expect(second).toContainText("New");
  // The counts: new, learning, review, relearning.
  await expect(page.getByRole("definition").nth(1)).toHaveText("1");
});

test("a card suspended in the deck browser leaves study until it is unsuspended", async ({
  page,
}) => {
  await newLearnerStudyingPfp(page, "Suspending Learner", "suspend");
  const counts = page.getByLabel("Cards left today");
  const newCount = async () => {
    await page.goto("/flashcards/study?deck=pfp");
    await expect(page.locator("[data-hydrated=true]")).toBeVisible();
    return Number((await counts.textContent())!.match(/New\s*(\d+)/)![1]);
  };
  const initialNew = await newCount();

  await page.goto("/flashcards/decks/pfp");
  const cards = page.getByRole("table", { name: "Cards of Partnership for Peace" });
  // A card with no sibling: suspending one that has lets its sibling in (the count stays).
  const front = "What does PfP stand for?";
  const row = cards.getByRole("row").filter({
    has: page.getByRole("rowheader", { name: front, exact: true }),
  });
  await row.getByRole("button", { name: `Suspend: ${front}` }).click();
  await expect(row.getByRole("button", { name: `Unsuspend: ${front}` })).toBeVisible();
  await expect(row).toContainText("New, suspended");
  await expect(page.getByText("1 card is suspended")).toBeVisible();
  await page.goto("/flashcards");
  // The deck list counts it, in its deck and in "All programmes".
  for (const deck of ["Partnership for Peace", "All programmes"]) {
    const item = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: deck, exact: true }) });
    await expect(item).toContainText("· 1 suspended");
  }

  expect(await newCount()).toBe(initialNew - 1);
  await expect(page.locator("#card-front")).not.toHaveText(front);

  // The deck list gathers the suspended cards, each with its deck, to unsuspend from there.
  await page.goto("/flashcards");
  const list = page.getByRole("region", { name: "Suspended cards" });
  await expect(list).toContainText("1 card is out of your study");
  await expect(list).toContainText(front);
  await expect(list).toContainText("Partnership for Peace");
  await list.getByRole("button", { name: `Unsuspend: ${front}` }).click();
  // The page's data is read again (the deck list's count goes) ...
  const pfp = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Partnership for Peace", exact: true }) });
  await expect(pfp).not.toContainText("suspended");
  // ... and the row stays, its button now Suspend and still focused, for a keyboard user's next
  // step.
  const again = list.getByRole("button", { name: `Suspend: ${front}` });
  await expect(again).toBeFocused();
  await expect(list).toContainText("0 cards are out of your study");
  await expect(list).toContainText("back in your study");
  // Opened again, the page no longer lists it.
  await page.reload();
  await expect(page.getByRole("region", { name: "Suspended cards" })).toHaveCount(0);
  await page.goto("/flashcards/decks/pfp");
  await expect(row.getByRole("button", { name: `Suspend: ${front}` })).toBeVisible();
  await expect(page.getByText("1 card is suspended")).toHaveCount(0);
  expect(await newCount()).toBe(initialNew);
});

test("a card suspended while studying (@) leaves the session and shows in its deck", async ({
  page,
}) => {
  await newLearnerStudyingPfp(page, "Suspending Student", "suspend-study");
  await page.goto("/flashcards/study?deck=pfp");
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  const counts = page.getByLabel("Cards left today");
  const initialNew = Number((await counts.textContent())!.match(/New\s*(\d+)/)![1]);
  const front = page.locator("#card-front");
  const suspended = (await front.textContent())!;

  // The first card is the term card: suspended, it leaves, and its reverse, which waited as
  // its sibling, takes its place, so the count of new cards stays.
  await page.keyboard.press("@");
  await expect(page.getByText(/^Card suspended/)).toBeVisible();
  await expect(front).not.toHaveText(suspended);
  await expect(counts).toContainText(new RegExp(`New\\s*${initialNew}Learning`));
  // Pressed by mistake: the message takes it back, and the card is first again.
  await page.getByRole("button", { name: "Unsuspend it" }).click();
  await expect(page.getByText("Card unsuspended: it is back in your study.")).toBeVisible();
  await expect(counts).toContainText(new RegExp(`New\\s*${initialNew}Learning`));
  await expect(front).toHaveText(suspended);
  await page.keyboard.press("@");
  await expect(page.getByText(/^Card suspended/)).toBeVisible();
  await expect(front).not.toHaveText(suspended);
  // After a reload too (the device's copy of the deck was read again).
  await page.reload();
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await expect(front).not.toHaveText(suspended);

  await page.goto("/flashcards/decks/pfp");
  const row = page
    .getByRole("table", { name: "Cards of Partnership for Peace" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: suspended, exact: true }) });
  await expect(row).toContainText("New, suspended");
  await expect(row.getByRole("button", { name: `Unsuspend: ${suspended}` })).toBeVisible();
});

test("U after a suspend unsuspends the card, not the grade before it (as Anki)", async ({
  page,
}) => {
  await newLearnerStudyingPfp(page, "Undoing Student", "undo-suspend");
  await page.goto("/flashcards/study?deck=pfp");
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  const front = page.locator("#card-front");
  const graded = (await front.textContent())!;
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(front).not.toHaveText(graded);
  const suspended = (await front.textContent())!;
  await page.keyboard.press("@");
  await expect(page.getByText(/^Card suspended/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Undo suspend/ })).toBeEnabled();
  await page.keyboard.press("u");
  await expect(page.getByText("Card unsuspended: it is back in your study.")).toBeVisible();
  await expect(front).toHaveText(suspended);
  // The grade before it stands: the next U undoes it.
  await page.keyboard.press("u");
  await expect(page.getByText("Last grade undone.")).toBeVisible();
  await expect(front).toHaveText(graded);
});

test("the empty state says when the next card is due and offers to study more", async ({
  page,
}) => {
  await studyAllWithOneNewCardADay(page, "Done Learner", "done");
  // The page says its keys work (`data-hydrated`) in the same task as it shows the card: a
  // Space sent the moment the attribute appears, before the browser does anything else (a
  // mutation observer runs before the next task), must reveal the answer.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector("[data-hydrated=true]")) return;
      observer.disconnect();
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
      document.body.dataset.spaceSent = "yes";
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole("link", { name: /Study my decks/ }).click();
  await expect(page.locator("body[data-space-sent=yes]")).toBeAttached();
  await expect(page.getByRole("button", { name: /^Easy: again in/ })).toBeVisible();
  await page.keyboard.press("4"); // Easy: out of learning, due in days
  await expect(page.getByRole("heading", { name: "You're done for now" })).toBeVisible();
  // The first card is PfP's term card: its reverse, which shows its answer, waits for
  // tomorrow, and the screen says so (it used to name the Easy card's date, days away).
  await expect(page.getByText(/The next card is due in about \d+ hours?\./)).toBeVisible();
  await expect(
    page.getByText("1 card comes back tomorrow: it shows the answer of a card you studied today."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Study more (10 new cards)" }).click();
  await expect(page.getByLabel("Cards left today")).toContainText(/New\s*10/);
});

test.describe("a grade online", () => {
  // The grade's request must meet page.route, not the service worker.
  test.use({ serviceWorkers: "block" });

  test("the next card is there before the grade's reply, and the grade is saved once", async ({
    page,
  }) => {
    const email = uniqueEmail("quick");
    await createAccount(page, { name: "Quick Learner", email, password: "cards-password" });
    await expect(page.getByRole("heading", { name: "Welcome, Quick Learner" })).toBeVisible();
    await page.goto("/flashcards");
    await page.getByRole("button", { name: "Add to my study: Partnership for Peace" }).click();
    await expect(
      page.getByRole("button", { name: "Remove from my study: Partnership for Peace" }),
    ).toBeVisible();
    await page.goto("/flashcards/study?deck=pfp");
    await expect(page.locator("[data-pack-ready=true]")).toBeVisible();

    // The grade's request is held: no reply until the next card has been shown.
    const held: Route[] = [];
    await page.route("**/api/flashcards/reviews", (route) => void held.push(route));
    const front = page.locator("#card-front");
    const first = (await front.textContent())!;
    await page.keyboard.press("Space");
    await page.keyboard.press("3");
    await expect(front).not.toHaveText(first);
    await expect(front).not.toBeEmpty();
    await expect.poll(() => held.length).toBe(1);
    await expect(page.getByText("Saving your grades…")).toBeVisible();
    await page.keyboard.press("Space");
    await expect(page.getByRole("group", { name: "How well did you remember?" })).toBeVisible();
    const sent = held[0]!.request().postDataJSON() as { cardId: string; rating: number };
    // The next card came from the pack: the server is asked for the graded card only.
    expect(sent).toMatchObject({ rating: 3, expectedVersion: 0, reply: "graded" });

    const reply = page.waitForResponse("**/api/flashcards/reviews");
    await held[0]!.continue();
    expect((await reply).ok()).toBe(true);
    const body = (await (await reply).json()) as { data: Record<string, unknown> };
    expect(body.data).toEqual({
      graded: expect.objectContaining({ cardId: sent.cardId, version: 1, rebuilt: false }),
    });
    await expect(page.getByText("Saving your grades…")).toHaveCount(0);
    const logs = await query<{ cardId: string; rating: number }>(
      `SELECT l."cardId", l.rating FROM "ReviewLog" l JOIN "User" u ON u.id = l."userId"
       WHERE lower(u.email) = lower($1)`,
      [email],
    );
    expect(logs).toEqual([{ cardId: sent.cardId, rating: 3 }]);
    expect(held).toHaveLength(1);
  });

  test("study more waits for a grade still on its way", async ({ page }) => {
    await studyAllWithOneNewCardADay(page, "More Learner", "more");
    await page.goto("/flashcards/study");
    await expect(page.locator("[data-pack-ready=true]")).toBeVisible();

    // The day's one new card is graded on the device; its request is held.
    const held: Route[] = [];
    await page.route("**/api/flashcards/reviews", (route) => void held.push(route));
    await page.keyboard.press("Space");
    await page.keyboard.press("4");
    await expect(page.getByRole("heading", { name: "You're done for now" })).toBeVisible();
    await expect.poll(() => held.length).toBe(1);
    // Asked for more before the grade landed: the new session must still count that card.
    await page.getByRole("button", { name: "Study more (10 new cards)" }).click();
    await held[0]!.continue();
    await expect(page.getByLabel("Cards left today")).toContainText(/New\s*10/);
  });
});

test("on a phone the answer shown is above the grades, not under them", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    timezoneId: zoneNearMidday(),
  });
  const page = await context.newPage();
  await newLearnerStudyingPfp(page, "Paula Phone", "phone-answer");
  await page.goto("/flashcards/study?deck=pfp");
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  const front = page.locator("#card-front");
  const answer = page.locator("#card-back");
  const grades = page.getByRole("group", { name: "How well did you remember?" });
  // Several cards: by button and by key, each answer to be read without a scroll.
  for (const reveal of ["click", "Space", "click"] as const) {
    const shown = await front.textContent();
    if (reveal === "click") await page.getByRole("button", { name: /Show answer/ }).click();
    else await page.keyboard.press("Space");
    await expect(answer).toBeInViewport({ ratio: 1 });
    const answerBox = (await answer.boundingBox())!;
    const gradesBox = (await grades.boundingBox())!;
    expect(answerBox.y + answerBox.height).toBeLessThanOrEqual(gradesBox.y);
    await page.keyboard.press("3");
    await expect(front).not.toHaveText(shown!);
  }
  await context.close();
});

test("a short phone screen keeps the grades in view; a German browser hydrates the end", async ({
  browser,
}) => {
  // A browser in German: the end screen named the next card's day in the browser's language
  // and the server's, which differ, and React threw the page's HTML away (#418).
  const context = await browser.newContext({
    viewport: { width: 390, height: 560 },
    locale: "de-DE",
    timezoneId: zoneNearMidday(),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await newLearnerStudyingPfp(page, "Greta Grades", "phone-grades");
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("1");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/flashcards/study?deck=pfp");
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await page.getByRole("button", { name: /Show answer/ }).click();
  const grades = page.getByRole("group", { name: "How well did you remember?" });
  await expect(grades).toBeInViewport({ ratio: 1 });
  await grades.getByRole("button", { name: /Easy/ }).click();
  await expect(page.getByRole("heading", { name: "You're done for now" })).toBeVisible();

  // The end screen, rendered by the server and hydrated in the browser. (The day it names is
  // formatted the same on both sides: lib/domain/format/format.test.ts, "describeDue".)
  errors.length = 0;
  await page.reload();
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "You're done for now" })).toBeVisible();
  expect(errors.filter((e) => /418|hydrat/i.test(e))).toEqual([]);
  await context.close();
});
