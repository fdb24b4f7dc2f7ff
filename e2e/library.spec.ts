import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("anyone can browse the library and read a programme with its sources", async ({ page }) => {
  await page.goto("/library");
  await expect(page.getByRole("heading", { name: "Library", level: 1 })).toBeVisible();
  for (const name of [
    "Partnership for Peace",
    "Individually Tailored Partnership Programmes",
    "Operational partnerships",
    "Multilateral and bilateral dialogues",
    "Consultations with non-member countries",
    "Flexibility and adaptability",
  ]) {
    await expect(page.getByRole("link", { name: new RegExp(`^${name}`) }).first()).toBeVisible();
  }

  await page
    .getByRole("link", { name: /^Partnership for Peace/ })
    .first()
    .click();
  await expect(page).toHaveURL("/library/pfp");
  await expect(
    page.getByRole("heading", { name: /Partnership for Peace \(PfP\)/, level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key dates" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Facts \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText("NATO established the Partnership for Peace in 1994.")).toBeVisible();

  // The source passage is one click away.
  const firstPassage = page.getByText("Show the passage").first();
  await firstPassage.click();
  await expect(page.locator("blockquote").first()).toContainText("1994");

  // Related formats link onwards.
  await page.goto("/library/dialogues");
  await expect(page.getByRole("heading", { name: "Related" })).toBeVisible();
  await page.getByRole("link", { name: "Mediterranean Dialogue" }).first().click();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(
    "Multilateral and bilateral dialogues",
  );
});

test("a programme page leads to a quiz and flashcards (after signing in)", async ({ page }) => {
  await page.goto("/library/itpp");
  await page.getByRole("link", { name: /Quiz on this/ }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL("/quizzes/new?programme=itpp");
  await expect(
    page.getByRole("checkbox", { name: "Individually Tailored Partnership Programmes" }),
  ).toBeChecked();
});

test("an unknown programme or address is a 404 page, and its tab says so", async ({ page }) => {
  for (const path of ["/library/no-such-programme", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    // The tab named the app alone, or "Not found" for a programme (app/not-found.tsx).
    await expect(page).toHaveTitle("Page not found · Partnership Study");
  }
});

test("links prefetch nothing, and a click still navigates without reloading", async ({ page }) => {
  // Signed in, the header has every link of the app's navigation.
  await page.goto("/signin");
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  await page.goto("/library");
  await expect(page.locator("main a[href='/library/pfp']")).toBeVisible();
  // Next prefetches a link once it is in view and the page is idle: give it time to.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 1_500)));
  await page.mouse.move(0, 0);
  await page.locator("main a[href='/library/pfp']").hover();
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  await page.locator("main a[href='/library/pfp']").click();
  await expect(
    page.getByRole("heading", { name: /Partnership for Peace/, level: 1 }),
  ).toBeVisible();
  // The window is the one the library opened in: a client-side navigation, not a new page.
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  expect(prefetches).toEqual([]);
});

test("the library's search finds facts by their words and programme, and leads to them", async ({
  page,
}) => {
  await page.goto("/library");
  const box = page.getByRole("searchbox", { name: "Search the facts" });
  await box.fill("PfP 1994");
  await box.press("Enter");
  await expect(page).toHaveURL("/library?q=PfP+1994");
  const results = page.getByRole("region", { name: /facts? mentions? “PfP 1994”/ });
  const fact = results.getByRole("listitem").filter({
    hasText: "NATO established the Partnership for Peace in 1994.",
  });
  // "PfP" is the programme's acronym; "1994" is marked in the fact and in its note, shown
  // because the query found a word in it.
  await expect(fact.locator("mark")).toHaveText(["1994", "1994"]);
  await expect(fact).toContainText("1994 is the only date the article gives");
  await fact.getByRole("link", { name: "Partnership for Peace" }).click();
  await expect(page).toHaveURL("/library/pfp#fact-pfp-founding-year");
  await expect(page.locator("#fact-pfp-founding-year")).toBeInViewport();
  // The fact the link points at is highlighted; its neighbours are not.
  const background = (selector: string) =>
    page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background("#fact-pfp-founding-year")).not.toBe("rgba(0, 0, 0, 0)");
  expect(await background("#fact-pfp-cooperation-dialogue")).toBe("rgba(0, 0, 0, 0)");

  await page.goto("/library?q=zzzz");
  await expect(page.getByRole("heading", { name: "No fact mentions “zzzz”" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search the facts" })).toHaveValue("zzzz");
  await page.getByRole("link", { name: "Clear the search" }).click();
  await expect(page).toHaveURL("/library");
  await expect(page.getByRole("searchbox", { name: "Search the facts" })).toHaveValue("");
});

test.describe("without the page's script", () => {
  test.use({ javaScriptEnabled: false });

  test("the library's search still works: it is a plain form", async ({ page }) => {
    await page.goto("/library");
    await page.getByRole("searchbox", { name: "Search the facts" }).fill("Wales");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL("/library?q=Wales");
    await expect(page.getByRole("heading", { name: /facts? mentions? “Wales”/ })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Partnership Interoperability Initiative" }).first(),
    ).toBeVisible();
  });
});
