// Ids made for hand-written INSERTs (lib/server/ids.ts) must look like and order like the
// ids Prisma makes for `@default(cuid())`: the review log breaks ties of time by id.
import { expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { newId } from "./ids";

const SHAPE = /^c[0-9a-z]{24}$/;

test("ids have cuid's shape and sort in the order they were made", () => {
  const made = Array.from({ length: 5_000 }, () => newId());
  for (const id of made) expect(id).toMatch(SHAPE);
  expect(new Set(made).size).toBe(made.length);
  expect([...made].sort()).toEqual(made);
  // A later millisecond sorts after, whatever the counter and random parts.
  expect(newId(Date.UTC(2030, 0, 1)) > newId(Date.UTC(2029, 11, 31, 23, 59, 59, 999))).toBe(true);
});

test("an id made after one of Prisma's sorts after it, and has its length", async () => {
  const user = await makeUser("ids");
  const prismas = await db.reviewLog.create({
    data: {
      userId: user.id,
      cardId: "c1",
      deckId: "d1",
      rating: 3,
      state: 0,
      due: new Date(),
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      review: new Date(),
      requestId: "ids-test",
    },
    select: { id: true },
  });
  await new Promise((resolve) => setTimeout(resolve, 2));
  const mine = newId();
  expect(prismas.id).toMatch(SHAPE);
  expect(mine.length).toBe(prismas.id.length);
  expect(mine > prismas.id).toBe(true);
});
