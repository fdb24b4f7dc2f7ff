// Edge cases of the class administration services that the mutation run (issue 13) found
// untested: the join-code retry, ownership and role checks, the class page's row order, the
// messages word for word. Line numbers in the headers are those of the run's sources.
import { randomInt } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  generateJoinCode,
} from "@/lib/domain/classes/join-code";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { ok } from "@/lib/server/service-result";
import { type RouteHandler, signIn } from "@/test/fake-session";
import { uniqueEmail } from "@/test/unique";
import { archiveClass } from "./archive-class";
import { CLASS_NOT_FOUND, LEARNER_NOT_FOUND } from "./caller";
import { createClass } from "./create-class";
import { withUserCsv } from "./csv-route";
import { getClassForInstructor } from "./get-class-for-instructor";
import { joinClass } from "./join-class";
import { listClassesForInstructor } from "./list-classes-for-instructor";
import { removeMember } from "./remove-member";
import { rotateJoinCode } from "./rotate-join-code";
import { updateClass } from "./update-class";
import { withFreshJoinCode } from "./with-fresh-join-code";
import {
  addMember,
  assign,
  makeClass,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  unwrap,
} from "./test-fixtures";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));

const freshCode = () => generateJoinCode((n) => randomInt(n));

/** An integer source that makes the generator produce `codes`, in order, and then fails. */
function producing(codes: string[]) {
  const indices = codes.flatMap((code) => [...code].map((c) => JOIN_CODE_ALPHABET.indexOf(c)));
  let drawn = 0;
  return {
    random: (n: number) => {
      expect(n).toBe(JOIN_CODE_ALPHABET.length);
      if (drawn >= indices.length) throw new Error("no more codes");
      return indices[drawn++]!;
    },
    codesDrawn: () => drawn / JOIN_CODE_LENGTH,
  };
}

describe("a join code that is already taken", () => {
  // Kills with-fresh-join-code.ts line 17 `{}` and lines 19-20 (`collided` made false, `""`
  // for "P2002", `!==`, `attempt < TRIES`, the throw made unconditional or `collided`).
  test("is replaced by the next code, up to the fifth try", async () => {
    const owner = await makeInstructor();
    const taken = await makeClass(owner, "Taken");
    const free = freshCode();
    const source = producing([...Array(4).fill(taken.joinCode), free]);
    const row = await withFreshJoinCode(
      (joinCode) =>
        db.class.create({
          data: { instructorId: owner.id, joinCode, name: "Retried" },
          select: { name: true, joinCode: true },
        }),
      source.random,
    );
    expect(row).toEqual({ name: "Retried", joinCode: free });
    expect(source.codesDrawn()).toBe(5);
  });

  // Kills with-fresh-join-code.ts line 14 (`attempt--`) and line 20 (`attempt > TRIES`, the
  // bound made false, `!collided && ...`): a sixth, free code is there to be wrongly used.
  test("five times in a row: the duplicate-key error is raised, no sixth try", async () => {
    const owner = await makeInstructor();
    const taken = await makeClass(owner, "Taken");
    const source = producing([...Array(5).fill(taken.joinCode), freshCode()]);
    const error = await withFreshJoinCode(
      (joinCode) =>
        db.class.create({ data: { instructorId: owner.id, joinCode, name: "Never stored" } }),
      source.random,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(error).toMatchObject({ code: "P2002" });
    expect(source.codesDrawn()).toBe(5);
    expect(await db.class.count({ where: { instructorId: owner.id } })).toBe(1);
  });

  // Kills with-fresh-join-code.ts line 17 `{}` (every error swallowed) and line 19 (`collided`
  // made true, `||`, `error.code === "P2002"` made true): another refusal is not a collision.
  test("another database error is raised at once, with no second code", async () => {
    const owner = await makeInstructor();
    const source = producing([freshCode(), freshCode()]);
    let writes = 0;
    const error = await withFreshJoinCode((joinCode) => {
      writes += 1;
      // The first write names an instructor who does not exist (foreign key, P2003); a retry
      // would succeed, which is what the mutants would wrongly do.
      const instructorId = writes === 1 ? "no-such-instructor" : owner.id;
      return db.class.create({ data: { instructorId, joinCode, name: "Foreign" } });
    }, source.random).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(error).toMatchObject({ code: "P2003" });
    expect(writes).toBe(1);
    expect(await db.class.count({ where: { instructorId: owner.id } })).toBe(0);
  });
});

describe("an instructor who became a learner", () => {
  async function demoted() {
    const owner = await makeInstructor();
    const cls = await makeClass(owner, "Before");
    const member = await addMember(cls.joinCode, "member");
    await db.user.update({ where: { id: owner.id }, data: { role: "LEARNER" } });
    return { caller: { ...owner, role: "LEARNER" as const }, cls, member };
  }

  // Kills update-class.ts line 14 (the role check made false: the rename went through).
  test("can no longer rename their class", async () => {
    const { caller, cls } = await demoted();
    expect(await updateClass(caller, cls.id, { name: "After" })).toEqual({
      ok: false,
      code: "not_found",
      error: CLASS_NOT_FOUND,
    });
    expect(await db.class.findUnique({ where: { id: cls.id } })).toMatchObject({ name: "Before" });
  });

  // Kills remove-member.ts line 16 (the role check made false: the member was removed).
  test("can no longer remove a member", async () => {
    const { caller, cls, member } = await demoted();
    expect(await removeMember(caller, cls.id, member.id)).toEqual({
      ok: false,
      code: "not_found",
      error: LEARNER_NOT_FOUND,
    });
    expect(await db.classMember.count({ where: { classId: cls.id } })).toBe(1);
  });
});

describe("renaming", () => {
  // Kills update-class.ts line 23 (the read-back's `where` and `select` made `{}`: it answered
  // with whichever class the table gives first).
  test("answers with the renamed class, not another instructor's", async () => {
    const other = await makeInstructor("other");
    const theirs = await makeClass(other, "Theirs");
    const owner = await makeInstructor();
    const cls = await makeClass(owner, "Mine");
    const renamed = unwrap(await updateClass(owner, cls.id, { name: "Renamed" }));
    expect(renamed).toMatchObject({ id: cls.id, name: "Renamed", joinCode: cls.joinCode });
    expect(await db.class.findUnique({ where: { id: theirs.id } })).toMatchObject({
      name: "Theirs",
    });
  });
});

describe("refusals say why, word for word", () => {
  // Kills create-class.ts line 17, update-class.ts line 17 and archive-class.ts line 24 (the
  // messages made "").
  test("bad class details and a missing archived flag", async () => {
    const owner = await makeInstructor();
    expect(await createClass(owner, { name: "" })).toMatchObject({
      ok: false,
      code: "invalid",
      error: "Please check the class details.",
    });
    const cls = await makeClass(owner);
    expect(await updateClass(owner, cls.id, { name: "" })).toMatchObject({
      ok: false,
      code: "invalid",
      error: "Please check the class details.",
    });
    expect(await archiveClass(owner, cls.id, {})).toMatchObject({
      ok: false,
      code: "invalid",
      error: "Say whether the class is archived.",
    });
  });
});

describe("the instructor's list of classes", () => {
  // Kills list-classes-for-instructor.ts line 14 (the archived-first key `{}`: ordered by
  // creation alone; the creation key `{}`: current classes in table order).
  test("current classes newest first, then archived ones, latest archived first", async () => {
    const owner = await makeInstructor();
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));
    const make = async (name: string, createdDay: number) => {
      const cls = await makeClass(owner, name);
      await db.class.update({ where: { id: cls.id }, data: { createdAt: day(createdDay) } });
      return cls;
    };
    const archivedLast = await make("Archived last", 1);
    const olderCurrent = await make("Older current", 2);
    const newerCurrent = await make("Newer current", 3);
    const archivedFirst = await make("Archived first", 4);
    unwrap(await archiveClass(owner, archivedFirst.id, { archived: true }, day(10)));
    unwrap(await archiveClass(owner, archivedLast.id, { archived: true }, day(11)));
    expect(unwrap(await listClassesForInstructor(owner)).map((c) => c.name)).toEqual([
      newerCurrent.name,
      olderCurrent.name,
      archivedLast.name,
      archivedFirst.name,
    ]);
  });
});

describe("the class page", () => {
  // Kills get-class-for-instructor.ts line 41 (the roster's order by name, then id: 4 mutants)
  // and lines 44-45 (`joinedAt`, `email` or `deletedAt` not selected).
  test("the roster is sorted by name, then id, with addresses and join dates", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const zed = await makeLearner("Zed");
    const amy = await makeLearner("Amy");
    const [samLow, samHigh] = [await makeLearner("Sam"), await makeLearner("Sam")].sort((a, b) =>
      a.id < b.id ? -1 : 1,
    );
    // Joined in neither name nor id order (Zed, made first, has the smallest id but the last
    // name), and the lower Sam's user row rewritten (a new address: not a HOT update), so the
    // users table holds the higher Sam first too.
    samLow!.email = (
      await db.user.update({
        where: { id: samLow!.id },
        data: { email: uniqueEmail("sam") },
        select: { email: true },
      })
    ).email;
    for (const learner of [zed, samHigh!, samLow!, amy]) {
      unwrap(await joinClass(learner, { code: cls.joinCode }));
    }
    const joined = new Map(
      (await db.classMember.findMany({ where: { classId: cls.id } })).map((m) => [
        m.userId,
        m.joinedAt,
      ]),
    );
    const detail = unwrap(await getClassForInstructor(owner, cls.id));
    expect(detail.roster).toEqual(
      [
        [amy, "Amy"],
        [samLow!, "Sam"],
        [samHigh!, "Sam"],
        [zed, "Zed"],
      ].map(([learner, name]) => {
        const { id, email } = learner as { id: string; email: string };
        return { userId: id, name, email, joinedAt: joined.get(id), deletedAt: null };
      }),
    );
    expect(detail.deletedLearners).toEqual([]);
  });

  // Kills get-class-for-instructor.ts line 48 (the assignments' order by due date, then id:
  // 3 mutants).
  test("assignments are sorted by due date, then id", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const late = await assign(owner, cls.id, set.id, { dueAt: "2026-03-20T17:00" });
    const early = await assign(owner, cls.id, set.id);
    const lateToo = await assign(owner, cls.id, set.id, { dueAt: "2026-03-20T17:00" });
    // Moving the first one to another set and back gives it a new row version, last in the
    // table and in the classId index: that order is then neither due-date nor id order. (A
    // change of an unindexed column would be a HOT update, still found at its old place.)
    const other = await makeQuizSet(owner, { name: "Week 2" });
    for (const setId of [other.id, set.id]) {
      await db.assignment.update({ where: { id: late.id }, data: { setId } });
    }
    const detail = unwrap(await getClassForInstructor(owner, cls.id));
    const [first, second] = [late.id, lateToo.id].sort();
    expect(detail.assignments.map((a) => a.id)).toEqual([early.id, first, second]);
  });
});

describe("CSV downloads", () => {
  // Kills csv-route.ts line 23 (`Cache-Control` made ""): a gradebook must not be cached.
  test("are never cached", async () => {
    signIn(await makeInstructor());
    const handler = withUserCsv(async () => ok({ csv: "a,b\r\n", filename: "marks.csv" }));
    const response = await (handler as RouteHandler)(new Request("http://localhost/x"), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("a,b\r\n");
  });
});

describe("a class deleted between the write and the read-back", () => {
  // The instructor's account deletion (which deletes their classes) can land between a
  // service's update and its read of the class. A trigger deletes the class right after
  // the update, so that moment is certain, not left to timing.
  async function vanishingAfterUpdate(marker: string, run: () => Promise<unknown>) {
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION test_vanish_class() RETURNS trigger AS $$
       BEGIN DELETE FROM "Class" WHERE id = NEW.id; RETURN NULL; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER test_vanish AFTER UPDATE ON "Class" FOR EACH ROW
       WHEN (NEW.name = '${marker}') EXECUTE FUNCTION test_vanish_class()`,
    );
    try {
      return await run();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_vanish ON "Class"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_vanish_class()`);
    }
  }

  // Kills update-class.ts line 27 and rotate-join-code.ts line 29 (the message made "").
  test("renaming or a new code answers 'Class not found.'", async () => {
    const owner = await makeInstructor();
    const marker = `vanish-${freshCode()}`;
    const renamed = await makeClass(owner);
    expect(
      await vanishingAfterUpdate(marker, () => updateClass(owner, renamed.id, { name: marker })),
    ).toEqual({ ok: false, code: "not_found", error: CLASS_NOT_FOUND });
    const rotated = await makeClass(owner, marker);
    expect(await vanishingAfterUpdate(marker, () => rotateJoinCode(owner, rotated.id))).toEqual({
      ok: false,
      code: "not_found",
      error: CLASS_NOT_FOUND,
    });
    expect(await db.class.count({ where: { instructorId: owner.id } })).toBe(0);
  });
});
