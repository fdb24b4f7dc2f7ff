import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { uniqueEmail } from "@/test/unique";
import { createUser } from "./create-user";

describe("createUser", () => {
  test("stores a learner with an argon2id hash, never the password", async () => {
    const email = uniqueEmail("create");
    const result = await createUser({
      name: " Ada ",
      email: email.toUpperCase(),
      password: "correct horse battery",
    });
    expect(result.ok).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { email } });
    expect(row.name).toBe("Ada");
    expect(row.role).toBe("LEARNER");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("correct horse battery");
  });

  test("a duplicate email, whatever its case, is refused on the email field", async () => {
    const email = uniqueEmail("dup");
    expect((await createUser({ name: "A", email, password: "password-1" })).ok).toBe(true);
    const again = await createUser({
      name: "B",
      email: email.toUpperCase(),
      password: "password-2",
    });
    expect(again).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
    });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  test("invalid input returns field errors and writes nothing", async () => {
    const before = await db.user.count();
    const result = await createUser({ name: "", email: "nope", password: "x" });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
    expect(await db.user.count()).toBe(before);
  });

  test("instructor sign-up: open unless INSTRUCTOR_SIGNUP_CODE is set, then needs it", async () => {
    const open = await createUser({
      name: "T",
      email: uniqueEmail("t1"),
      password: "password-1",
      role: "INSTRUCTOR",
    });
    expect(open).toMatchObject({ ok: true, data: { role: "INSTRUCTOR" } });

    const config = { instructorCode: "letmeteach" };
    const wrong = await createUser(
      {
        name: "T",
        email: uniqueEmail("t2"),
        password: "password-1",
        role: "INSTRUCTOR",
        instructorCode: "guess",
      },
      config,
    );
    expect(wrong).toMatchObject({
      ok: false,
      code: "forbidden",
      fieldErrors: { instructorCode: [expect.stringContaining("not right")] },
    });
    const right = await createUser(
      {
        name: "T",
        email: uniqueEmail("t3"),
        password: "password-1",
        role: "INSTRUCTOR",
        instructorCode: "letmeteach",
      },
      config,
    );
    expect(right).toMatchObject({ ok: true, data: { role: "INSTRUCTOR" } });
    const learner = await createUser(
      { name: "L", email: uniqueEmail("t4"), password: "password-1" },
      config,
    );
    expect(learner).toMatchObject({ ok: true, data: { role: "LEARNER" } });
  });

  test.each([
    ["the browser's zone when the server knows it", "Asia/Tokyo", "Asia/Tokyo"],
    ["UTC for a zone it does not know", "Mars/Olympus_Mons", "UTC"],
    ["UTC when none is sent", undefined, "UTC"],
  ])("the new account's time zone is %s", async (_label, timeZone, stored) => {
    const email = uniqueEmail("zone");
    const result = await createUser({ name: "Z", email, password: "password-1", timeZone });
    expect(result.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).timeZone).toBe(stored);
  });
});
