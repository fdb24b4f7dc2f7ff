// Issue 13: edges of joining a class that the mutation run over join-class.ts left open (run
// "mut-c1"). Each test names the lines and mutants it kills.
import { describe, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { heldTransaction } from "@/test/held-transaction";
import { joinClass, joinClassLimited, UNKNOWN_JOIN_CODE } from "./join-class";
import { makeClass, makeInstructor, makeLearner } from "./test-fixtures";

const ALREADY_MEMBER = { ok: false, code: "conflict", error: "You are already in this class." };

/** Resolves once a statement on ClassMember in this database waits for a row lock. */
async function someInsertWaits() {
  for (let i = 0; i < 200; i++) {
    const [row] = await db.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'
        AND query ILIKE '%ClassMember%'`;
    if (row!.waiting > 0n) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the join never waited for the other membership row");
}

describe("joining a class: edges", () => {
  // join-class.ts:27 (the invalid-input message "") and :40 (the instructor's message "").
  test("an empty code and the class's own instructor are refused with their messages", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    expect(await joinClass(await makeLearner(), { code: "" })).toMatchObject({
      ok: false,
      code: "invalid",
      error: "Enter the class's join code.",
    });
    expect(await joinClass(owner, { code: cls.joinCode })).toEqual({
      ok: false,
      code: "conflict",
      error: "You teach this class: you cannot join it as a learner.",
    });
  });

  // join-class.ts:55 ("P2002" -> ""): two joins at once, made to collide for certain. The
  // other join has written the membership but not committed when this one checks for it and
  // inserts; the insert waits, then hits the primary key: "already in this class", not a 500.
  test("a join losing the race to the same learner's other join: already a member", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await makeLearner("racer");
    const other = heldTransaction(async (tx) => {
      await tx.classMember.create({ data: { classId: cls.id, userId: learner.id } });
    });
    await other.isReady;
    const second = joinClass(learner, { code: cls.joinCode });
    await someInsertWaits();
    other.commit();
    await other.done;
    expect(await second).toEqual(ALREADY_MEMBER);
    expect(await db.classMember.count({ where: { classId: cls.id } })).toBe(1);
  });

  // join-class.ts:55 (the condition -> true, `&&` -> `||`, `code === "P2002"` -> true): only
  // the duplicate key reads "already a member". A learner whose account was deleted while the
  // request was on its way breaks the membership's foreign key (P2003): that is an error.
  test("another database refusal is not passed off as 'already a member'", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const ghost = await makeLearner("deleted");
    await db.user.delete({ where: { id: ghost.id } });
    const error = await joinClass(ghost, { code: cls.joinCode }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2003");
    expect(await db.classMember.count({ where: { classId: cls.id } })).toBe(0);
  });

  // join-class.ts:75 (the condition -> true, `&&` -> `||`, `code === "not_found"` -> true):
  // only a code that names no class counts towards the 10 wrong codes allowed; a join, an
  // "already a member" and an empty code do not.
  test("only unknown codes count against the wrong-code limit", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await makeLearner("guesser");
    const address = `203.0.113.${Math.floor(Math.random() * 256)}-${learner.id}`;
    const unknown = { ok: false, code: "not_found", error: UNKNOWN_JOIN_CODE };
    for (let i = 0; i < 9; i++)
      expect(await joinClassLimited(learner, { code: "ZZZZZZZZ" }, address)).toMatchObject(unknown);
    expect(await joinClassLimited(learner, { code: cls.joinCode }, address)).toMatchObject({
      ok: true,
    });
    expect(await joinClassLimited(learner, { code: cls.joinCode }, address)).toEqual(
      ALREADY_MEMBER,
    );
    expect(await joinClassLimited(learner, { code: "" }, address)).toMatchObject({
      code: "invalid",
    });
    // The tenth wrong code is still answered, and counted; the eleventh is held back.
    expect(await joinClassLimited(learner, { code: "ZZZZZZZZ" }, address)).toMatchObject(unknown);
    expect(await joinClassLimited(learner, { code: "ZZZZZZZZ" }, address)).toMatchObject({
      ok: false,
      code: "rate_limited",
    });
  });
});
