// The study page reads the learner's state once (issue 15: it read it twice, once for the
// session and once for the offline pack, and sent every card in scope with the page). The pack
// comes after the first paint from its route, whose session and pack share one read too.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { offlineSession } from "@/lib/domain/srs/offline-pack";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { getStudyPage, getStudySession, getStudySessionAndPack } from "./get-study-session";
import { gradeFlashcard } from "./grade-flashcard";
import { setDeckStudying } from "./manage-decks";

const t0 = new Date("2026-03-10T09:00:00Z");
const count = (statements: string[], pattern: RegExp) =>
  statements.filter((s) => pattern.test(s)).length;

/** The reads that make up the learner's study state: each must be sent once (whether Prisma
 * builds the statement or it is written in SQL, as the grade's hot reads are). */
const TABLE = (name: string) => `FROM (?:"public"\\.)?"${name}"`;
const STATE_READS = {
  settings: new RegExp(`^\\s*SELECT [\\s\\S]*"newCardsPerDay"[\\s\\S]* ${TABLE("User")}`),
  decks: new RegExp(`^\\s*SELECT [\\s\\S]* ${TABLE("DeckSubscription")}`),
  cardStates: new RegExp(`^\\s*SELECT [\\s\\S]* ${TABLE("CardState")}`),
  todayCounts: new RegExp(`^\\s*SELECT [\\s\\S]* ${TABLE("ReviewLog")}[\\s\\S]*GROUP BY`),
};

function expectOneRead(statements: string[]) {
  for (const [name, pattern] of Object.entries(STATE_READS)) {
    expect({ name, reads: count(statements, pattern) }).toEqual({ name, reads: 1 });
  }
}

/** A learner of every deck with two cards graded, so that states and counts are not empty. */
async function learner() {
  const user = await makeUser("study-page");
  await setDeckStudying(user.id, ALL_DECKS, { studying: true });
  for (const rating of [3, 4] as const) {
    const card = (await getStudySession(user.id, undefined, t0)).card!;
    const graded = await gradeFlashcard(
      user.id,
      { cardId: card.cardId, rating, requestId: randomUUID(), expectedVersion: card.version },
      t0,
    );
    expect(graded.ok).toBe(true);
  }
  return user.id;
}

describe("the study page's data", () => {
  test("reads the learner's state once and sends one card, not the pack", async () => {
    const userId = await learner();
    const { result, statements } = await rowsRead(() => getStudyPage(userId, {}, t0));
    expectOneRead(statements);
    // Settings with the FSRS profile and the decks, written cards with their sets, card
    // states, today's counts and whether there is a review to undo, in one statement (five
    // before, eight when Prisma built the written cards' and the undo's reads and decks were
    // a statement of their own). Reading the state again for a pack sent each twice.
    expect(statements).toHaveLength(1);
    expect(result.session).toEqual(await getStudySession(userId, undefined, t0));
    expect(result.packFor).toEqual({ owner: userId, deck: null });
    // One card with its sources; the pack of every deck is about 90 KB.
    const { pack } = await getStudySessionAndPack(userId, undefined, t0);
    expect(JSON.stringify(pack).length).toBeGreaterThan(50_000);
    expect(JSON.stringify(result).length).toBeLessThan(8_000);
  });

  test("an assignment's session keeps no pack on the device", async () => {
    const userId = await learner();
    const { result } = await rowsRead(() => getStudyPage(userId, { assignment: "nothere" }, t0));
    expect(result.packFor).toBeNull();
  });

  test("the pack's route: session and pack from one read, and they agree", async () => {
    const userId = await learner();
    const { result, statements } = await rowsRead(() =>
      getStudySessionAndPack(userId, undefined, t0),
    );
    expectOneRead(statements);
    expect(statements).toHaveLength(1);
    const { session, pack } = result;
    expect(session).toEqual(await getStudySession(userId, undefined, t0));
    expect(Object.keys(pack.states)).toHaveLength(2);
    // The device shows from the pack what the server shows (undo is the server's alone).
    expect({ ...offlineSession(pack, t0), canUndo: session.canUndo }).toEqual(session);
  });
});
