import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "./seed-demo-accounts";

describe("seedDemoAccounts", () => {
  test("is idempotent and follows DEMO_PASSWORD", async () => {
    // As on a first start, whatever another file of this database made.
    await db.user.deleteMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    const first = await seedDemoAccounts(db, "first-password");
    const ids = await db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      select: { id: true, email: true, role: true },
      orderBy: { email: "asc" },
    });
    expect(ids.map((u) => [u.email, u.role])).toEqual([
      ["instructor@example.com", "INSTRUCTOR"],
      ["learner@example.com", "LEARNER"],
    ]);
    expect(first.every((r) => r.created)).toBe(true);

    const second = await seedDemoAccounts(db, "first-password");
    expect(second.every((r) => !r.created)).toBe(true);
    const again = await db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      select: { id: true },
      orderBy: { email: "asc" },
    });
    expect(again).toEqual(ids.map(({ id }) => ({ id })));

    expect(
      await verifyCredentials({ email: "learner@example.com", password: "first-password" }),
    ).not.toBeNull();
    await seedDemoAccounts(db, "second-password");
    expect(
      await verifyCredentials({ email: "learner@example.com", password: "first-password" }),
    ).toBeNull();
    expect(
      await verifyCredentials({ email: "learner@example.com", password: "second-password" }),
    ).toMatchObject({ role: "LEARNER" });
  });
});
