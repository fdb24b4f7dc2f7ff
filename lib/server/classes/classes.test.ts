import { describe, expect, test } from "vitest";
import { isWellFormedJoinCode } from "@/lib/domain/classes/join-code";
import { db } from "@/lib/server/db";
import { archiveClass } from "./archive-class";
import { createClass } from "./create-class";
import { getClassByJoinCode } from "./get-class-by-join-code";
import { getClassForInstructor } from "./get-class-for-instructor";
import { UNKNOWN_JOIN_CODE, joinClass } from "./join-class";
import { leaveClass } from "./leave-class";
import { listClassesForInstructor } from "./list-classes-for-instructor";
import { listLearnerClasses } from "./list-learner-classes";
import { removeMember } from "./remove-member";
import { rotateJoinCode } from "./rotate-join-code";
import { updateClass } from "./update-class";
import { addMember, makeClass, makeInstructor, makeLearner, unwrap } from "./test-fixtures";

describe("creating and editing a class", () => {
  test("a class gets a well-formed, unique join code and a join link", async () => {
    const owner = await makeInstructor();
    const a = await makeClass(owner, "A");
    const b = await makeClass(owner, "B");
    expect(isWellFormedJoinCode(a.joinCode)).toBe(true);
    expect(a.joinCode).not.toBe(b.joinCode);
    expect(a).toMatchObject({
      name: "A",
      description: "Tuesday group",
      memberCount: 0,
      assignmentCount: 0,
      archivedAt: null,
    });
    expect(a.joinPath).toBe(`/classes/join/${a.joinCode}`);
    expect(a.joinCodeDisplay).toBe(`${a.joinCode.slice(0, 4)}-${a.joinCode.slice(4)}`);
  });

  test.each([
    [{ name: "" }, "name"],
    [{ name: "x".repeat(101) }, "name"],
    [{ name: "Ok", description: "d".repeat(2001) }, "description"],
    [{ name: "Ok", instructorId: "someone-else" }, ""],
  ])("refuses %o with 422 and writes nothing", async (input, field) => {
    const owner = await makeInstructor();
    const result = await createClass(owner, input);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (field && !result.ok) expect(result.fieldErrors?.[field]).toBeDefined();
    expect(await db.class.count({ where: { instructorId: owner.id } })).toBe(0);
  });

  test("rename and describe; an empty update is refused", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    expect(
      unwrap(await updateClass(owner, cls.id, { name: "Renamed", description: "" })),
    ).toMatchObject({ name: "Renamed", description: "" });
    expect(await updateClass(owner, cls.id, {})).toMatchObject({ ok: false, code: "invalid" });
  });

  test("the instructor's list: current classes first, archived ones after", async () => {
    const owner = await makeInstructor();
    const old = await makeClass(owner, "Old");
    const current = await makeClass(owner, "Current");
    unwrap(await archiveClass(owner, old.id, { archived: true }));
    expect(unwrap(await listClassesForInstructor(owner)).map((c) => c.name)).toEqual([
      "Current",
      "Old",
    ]);
    expect(current.archivedAt).toBeNull();
  });
});

describe("joining and leaving", () => {
  test("a learner joins with the code however it is typed, and with the link", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const typed = await makeLearner("typed");
    const linked = await makeLearner("linked");
    const code = cls.joinCode.toLowerCase();
    const lower = `${code.slice(0, 4)} - ${code.slice(4)}`;
    expect(unwrap(await joinClass(typed, { code: lower }))).toEqual({
      classId: cls.id,
      name: cls.name,
      instructorName: "instructor",
    });
    unwrap(await joinClass(linked, { code: `https://study.example${cls.joinPath}` }));
    const detail = unwrap(await getClassForInstructor(owner, cls.id));
    expect(detail.roster.map((m) => m.userId).sort()).toEqual([typed.id, linked.id].sort());
    expect(detail.memberCount).toBe(2);
    expect(unwrap(await listLearnerClasses(typed))).toEqual([
      expect.objectContaining({
        id: cls.id,
        name: cls.name,
        instructorName: "instructor",
        archivedAt: null,
      }),
    ]);
    // What a member sees of a class has no join code.
    expect(JSON.stringify(unwrap(await listLearnerClasses(typed)))).not.toContain(cls.joinCode);
  });

  test("the join link's page names the class and its instructor before joining", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner, "QA Walk Class");
    const learner = await makeLearner("previewer");
    // Each call its own address: wrong codes count per address (see rate-limits.test.ts).
    const preview = (who: typeof owner, code: string) =>
      getClassByJoinCode(who, code, `preview-${Math.random()}`);
    const named = { name: "QA Walk Class", instructorName: "instructor" };
    expect(unwrap(await preview(learner, cls.joinCode.toLowerCase()))).toEqual({
      ...named,
      caller: "outsider",
    });
    // Looking joins nobody.
    expect(await db.classMember.count({ where: { classId: cls.id } })).toBe(0);
    unwrap(await joinClass(learner, { code: cls.joinCode }));
    expect(unwrap(await preview(learner, cls.joinCode))).toEqual({ ...named, caller: "member" });
    expect(unwrap(await preview(owner, cls.joinCode))).toEqual({
      ...named,
      caller: "instructor",
    });
    // Unknown, malformed and archived codes read the same as for joining.
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    for (const code of ["ABCDEFGH", "hello", cls.joinCode])
      expect(await preview(learner, code)).toEqual({
        ok: false,
        code: "not_found",
        error: UNKNOWN_JOIN_CODE,
      });
  });

  test.each([
    ["an unknown code", "ABCDEFGH"],
    ["a malformed code", "hello"],
  ])("%s -> 404 with a clear message", async (_label, code) => {
    const learner = await makeLearner();
    const result = await joinClass(learner, { code });
    expect(result).toEqual({
      ok: false,
      code: "not_found",
      error: UNKNOWN_JOIN_CODE,
      fieldErrors: { code: [UNKNOWN_JOIN_CODE] },
    });
    expect(await db.classMember.count({ where: { userId: learner.id } })).toBe(0);
  });

  test("an empty code -> 422", async () => {
    expect(await joinClass(await makeLearner(), { code: " - " })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });

  test("joining twice -> 409, still one membership; two joins at once -> one row", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    expect(await joinClass(learner, { code: cls.joinCode })).toEqual({
      ok: false,
      code: "conflict",
      error: "You are already in this class.",
    });
    const racer = await makeLearner("racer");
    const results = await Promise.all(
      Array.from({ length: 4 }, () => joinClass(racer, { code: cls.joinCode })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "conflict")).toBe(true);
    expect(await db.classMember.count({ where: { classId: cls.id } })).toBe(2);
  });

  test("the instructor cannot join their own class", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    expect(await joinClass(owner, { code: cls.joinCode })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  test("rotating the code: the old stops working, members stay, the new one works", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const early = await addMember(cls.joinCode, "early");
    const rotated = unwrap(await rotateJoinCode(owner, cls.id));
    expect(rotated.joinCode).not.toBe(cls.joinCode);
    expect(isWellFormedJoinCode(rotated.joinCode)).toBe(true);
    const late = await makeLearner("late");
    expect(await joinClass(late, { code: cls.joinCode })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    unwrap(await joinClass(late, { code: rotated.joinCode }));
    const roster = unwrap(await getClassForInstructor(owner, cls.id)).roster.map((m) => m.userId);
    expect(roster.sort()).toEqual([early.id, late.id].sort());
  });

  test("archiving: nobody can join, members stay, see it archived; restoring reopens", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const member = await addMember(cls.joinCode);
    const now = new Date("2026-03-01T10:00:00Z");
    expect(unwrap(await archiveClass(owner, cls.id, { archived: true }, now)).archivedAt).toEqual(
      now,
    );
    // Archiving again keeps the first date.
    expect(
      unwrap(
        await archiveClass(owner, cls.id, { archived: true }, new Date("2026-04-01T00:00:00Z")),
      ).archivedAt,
    ).toEqual(now);
    const newcomer = await makeLearner("newcomer");
    expect(await joinClass(newcomer, { code: cls.joinCode })).toMatchObject({
      ok: false,
      code: "not_found",
      error: UNKNOWN_JOIN_CODE,
    });
    expect(unwrap(await listLearnerClasses(member))[0]).toMatchObject({
      id: cls.id,
      archivedAt: now,
    });
    expect(unwrap(await archiveClass(owner, cls.id, { archived: false })).archivedAt).toBeNull();
    unwrap(await joinClass(newcomer, { code: cls.joinCode }));
    expect(await archiveClass(owner, cls.id, { archived: "yes" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });

  test("a learner leaves; leaving again -> 404; they can rejoin", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    expect(await leaveClass(learner, cls.id)).toEqual({ ok: true, data: { classId: cls.id } });
    expect(await leaveClass(learner, cls.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(unwrap(await listLearnerClasses(learner))).toEqual([]);
    unwrap(await joinClass(learner, { code: cls.joinCode }));
  });

  test("the instructor removes a learner; removing again -> 404", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const stays = await addMember(cls.joinCode, "stays");
    expect(unwrap(await removeMember(owner, cls.id, learner.id))).toEqual({
      classId: cls.id,
      userId: learner.id,
    });
    expect(await removeMember(owner, cls.id, learner.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(unwrap(await getClassForInstructor(owner, cls.id)).roster.map((m) => m.userId)).toEqual([
      stays.id,
    ]);
  });
});
