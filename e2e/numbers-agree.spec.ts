import { expect, test, type Page } from "./fixtures";
import { DEMO_PASSWORD, signIn } from "./helpers";

// Issue 13, point 9: the library card, the programme page and the quiz set-up give one number
// of questions for a programme, and say what it counts.
const COUNT =
  /(\d+) questions? you can be quizzed on \((from the source document|NATO background included)\)/;

async function countIn(page: Page, text: string): Promise<number> {
  const match = COUNT.exec(text);
  expect(match, `"${text}" states the count and what it counts`).not.toBeNull();
  return Number(match![1]);
}

test("a programme's question count agrees on the library, its page and the quiz set-up", async ({
  page,
}) => {
  await page.goto("/signin");
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();

  await page.goto("/library");
  const card = page.getByRole("listitem").filter({
    has: page.getByRole("heading", { name: /^Partnership for Peace/ }),
  });
  const onCard = await countIn(page, await card.getByText(COUNT).innerText());

  await card.getByRole("link", { name: /^Partnership for Peace/ }).click();
  await expect(page).toHaveURL("/library/pfp");
  const onPage = await countIn(page, await page.getByText(COUNT).innerText());
  expect(onPage).toBe(onCard);

  await page.getByRole("link", { name: "Quiz on this" }).click();
  await expect(page).toHaveURL("/quizzes/new?programme=pfp");
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText(
    `${onCard} questions match.`,
  );

  // A format beyond the source counts, and opens, with the NATO background.
  await page.goto("/library/mediterranean-dialogue");
  const text = await page.getByText(COUNT).innerText();
  expect(text).toContain("NATO background included");
  const format = await countIn(page, text);
  expect(format).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Quiz on this" }).click();
  await expect(page).toHaveURL("/quizzes/new?programme=mediterranean-dialogue&background=1");
  await expect(page.getByRole("checkbox", { name: /Include NATO background/ })).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText(
    `${format} questions match.`,
  );
});
