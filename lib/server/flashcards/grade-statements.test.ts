// What a grade sends to PostgreSQL (issue 15: it was the slowest write). It reads the learner's
// settings (with their FSRS profile) and decks once, for the check and for the next card alike,
// does not look up whether a review exists to undo (it has just written one) nor whether the
// request id was seen (a fresh version says it was not; the unique index backs that up), adds
// the review to its day without reading the day first, and reads the card states as one array.
// The code before issue 15 sent 15 statements here (17.3 a grade under `bench:load` with the
// session check); 12 now, the session check not included.
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { getStudySession } from "./get-study-session";
import { gradeFlashcard, recordFlashcardGrade } from "./grade-flashcard";
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
  expect(count(statements, /FROM "(public"\.")?DeckSubscription"/)).toBe(1);
  expect(count(statements, /"newCardsPerDay"[\s\S]* FROM "(public"\.")?User"/)).toBe(1);
  expect(count(statements, /FROM "(public"\.")?FsrsProfile"/)).toBe(0);
  expect(count(statements, /FROM "(public"\.")?ReviewLog"[\s\S]*ORDER BY/)).toBe(0);
  expect(count(statements, /FROM "(public"\.")?ReviewLog"[\s\S]*"requestId"/)).toBe(0);
  expect(count(statements, /FROM "(public"\.")?DailyActivity"/)).toBe(0);
  // One parameter for the card ids, not one per card in scope.
  expect(count(statements, /FROM "(public"\.")?CardState"[\s\S]*ANY\(/)).toBe(1);
  // 10 with the read of the cards instructors wrote into sets assigned to the learner (one
  // statement; two when Prisma built it), the decks read with the settings.
  expect(statements.length).toBeLessThanOrEqual(10);
  // Prisma's client cost more CPU than PostgreSQL: every statement is hand-written and sent
  // with pg (lib/server/sql.ts), the new card's first state and its review log row included
  // (Prisma's own SQL names the schema, "public"."ReviewLog").
  expect(statements.filter((s) => s.includes('"public".'))).toEqual([]);
  expect(count(statements, /^\s*INSERT INTO "CardState"/)).toBe(1);
  expect(count(statements, /^\s*INSERT INTO "ReviewLog"/)).toBe(1);
});

// The study page with an offline pack picks the next card itself and asks for the graded card
// only: no decks, written cards or card states are read to build a next card, and the card is
// checked in the statement that reads the settings (get-grade-target.ts).
test("a grade answered with the graded card only sends 7 statements", async () => {
  const user = await makeUser("statements-lean");
  await setDeckStudying(user.id, "pfp", { studying: true });
  const first = (await getStudySession(user.id, undefined)).card!;
  const { result, statements } = await rowsRead(() =>
    recordFlashcardGrade(user.id, {
      cardId: first.cardId,
      rating: 3,
      requestId: randomUUID(),
      expectedVersion: 0,
    }),
  );
  expect(result.ok && result.data.graded?.version).toBe(1);
  // The deck check is a subquery of the settings' read, not a statement of its own.
  expect(count(statements, /FROM "(public"\.")?DeckSubscription"/)).toBe(1);
  expect(count(statements, /"newCardsPerDay"[\s\S]*"DeckSubscription"/)).toBe(1);
  expect(count(statements, /FROM "(public"\.")?CustomCard"/)).toBe(0);
  expect(count(statements, /FROM "(public"\.")?CardState"[\s\S]*ANY\(/)).toBe(0);
  expect(count(statements, /FROM "(public"\.")?ReviewLog"/)).toBe(0);
  expect(statements.length).toBeLessThanOrEqual(7);
});
