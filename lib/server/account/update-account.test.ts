// Changing one's name (PATCH /api/account's service) against PostgreSQL: the sign-up rule,
// the caller's own row only, and the new name where instructors read it.
import { describe, expect, test } from "vitest";
import { NAME_MAX } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { exportClassGradebookCsv } from "@/lib/server/classes/export-class-gradebook-csv";
import { getClassForInstructor } from "@/lib/server/classes/get-class-for-instructor";
import { getClassGradebook } from "@/lib/server/classes/get-class-gradebook";
import {
  addMember,
  makeClass,
  makeInstructor,
  makeLearner,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { updateAccount } from "./update-account";

const rowOf = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { name: true, email: true } });

describe("updateAccount", () => {
  test.each([
    ["empty", "", "Enter your name."],
    ["only spaces", "   ", "Enter your name."],
    ["too long", "x".repeat(NAME_MAX + 1), `A name has at most ${NAME_MAX} characters.`],
    ["not text", 42, "Enter your name."],
  ])("a name that is %s is refused on its field; the row is unchanged", async (_, name, why) => {
    const user = await makeLearner("keeps-name");
    const before = await rowOf(user.id);
    expect(await updateAccount(user.id, { name })).toEqual({
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: { name: [why] },
    });
    expect(await rowOf(user.id)).toEqual(before);
  });

  test("the name is stored trimmed, and at the limit it is accepted", async () => {
    const user = await makeLearner("trims");
    expect(await updateAccount(user.id, { name: "  Ada Lovelace  " })).toEqual({
      ok: true,
      data: { name: "Ada Lovelace" },
    });
    expect((await rowOf(user.id)).name).toBe("Ada Lovelace");
    const longest = "y".repeat(NAME_MAX);
    unwrap(await updateAccount(user.id, { name: longest }));
    expect((await rowOf(user.id)).name).toBe(longest);
  });

  test("an email sent along is refused, and neither name nor email changes", async () => {
    const user = await makeLearner("no-email-change");
    const before = await rowOf(user.id);
    const result = await updateAccount(user.id, {
      name: "New Name",
      email: "someone-else@example.org",
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(await rowOf(user.id)).toEqual(before);
  });

  test("only the caller's own row changes, whatever the body names", async () => {
    const [me, other] = [await makeLearner("me"), await makeInstructor("other")];
    const otherBefore = await rowOf(other.id);
    unwrap(await updateAccount(me.id, { name: "Only Me" }));
    expect((await rowOf(me.id)).name).toBe("Only Me");
    expect(await rowOf(other.id)).toEqual(otherBefore);
    // An id in the body is not a field: refused, and still nobody else is touched.
    expect(await updateAccount(me.id, { name: "Hijack", id: other.id })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await rowOf(other.id)).toEqual(otherBefore);
  });

  test("a deleted account's tombstone is not renamed", async () => {
    const gone = await makeLearner("gone");
    await db.user.update({
      where: { id: gone.id },
      data: { name: "Deleted learner", deletedAt: new Date() },
    });
    expect(await updateAccount(gone.id, { name: "Back Again" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect((await rowOf(gone.id)).name).toBe("Deleted learner");
  });

  test("the instructor's roster, gradebook and its CSV show the new name", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode, "ada");
    // The typo made at sign-up.
    await db.user.update({ where: { id: learner.id }, data: { name: "Ada Lovelcae" } });
    unwrap(await updateAccount(learner.id, { name: "Ada Lovelace" }));

    const detail = unwrap(await getClassForInstructor(owner, cls.id));
    expect(detail.roster.map((m) => [m.userId, m.name])).toEqual([[learner.id, "Ada Lovelace"]]);
    const book = unwrap(await getClassGradebook(owner, cls.id));
    expect(book.rows.map((r) => [r.userId, r.name])).toEqual([[learner.id, "Ada Lovelace"]]);
    const { csv } = unwrap(await exportClassGradebookCsv(owner, cls.id));
    expect(csv).toContain("Ada Lovelace");
    expect(csv).not.toContain("Lovelcae");
  });
});
