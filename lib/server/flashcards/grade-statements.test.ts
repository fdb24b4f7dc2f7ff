// A grade reads the learner's settings and decks once, for the check and for the next card
// alike (issue 15: they were read twice, 15 statements a grade), and does not look up whether
// a review exists to undo: it has just written one.
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";

const count = (statements: string[], pattern: RegExp) =>
  statements.filter((s) => pattern.test(s)).length;

test("a grade reads settings and subscriptions once and answers with the next card", async () => {
  const user = await makeUser("statements");
  await setDeckStudying(user.id, "pfp", { studying: true });
  const first = (await getStudySession(user.id, undefined)).card!;
  const { result, statements } = await rowsRead(() =>
    gradeFlashcard(user.id, {
      cardId: first.cardId,
      rating: 3,
      requestId: randomUUID(),
      expectedVersion: 0,
    }),
  );
  expect(result.ok && result.data.card?.cardId).toBeTruthy();
  expect(result.ok && result.data.canUndo).toBe(true);
  expect(count(statements, /^SELECT .* FROM "public"\."DeckSubscription"/)).toBe(1);
  expect(count(statements, /^SELECT .*"newCardsPerDay".* FROM "public"\."User"/)).toBe(1);
  expect(count(statements, /^SELECT .* FROM "public"\."ReviewLog" .*ORDER BY/)).toBe(0);
  // 15 with the one read of the cards instructors wrote into sets assigned to the learner.
  expect(statements.length).toBeLessThanOrEqual(15);
});
