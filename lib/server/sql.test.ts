// The hand-written SQL path (lib/server/sql.ts) against real PostgreSQL: values and rows must
// come back as Prisma's `$queryRaw` gives them, whatever the process's time zone, and a
// transaction must commit or roll back as a whole.
import { afterEach, beforeEach, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { onSqlStatement, sqlQuery, sqlTransaction, isUniqueViolation } from "./sql";

let zone: string | undefined;
beforeEach(() => {
  // pg reads `timestamp` in the process's local time unless told otherwise: make it not UTC.
  zone = process.env.TZ;
  process.env.TZ = "America/New_York";
});
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

test("timestamps, dates, counts and JSON read as $queryRaw reads them", async () => {
  const user = await makeUser("sql-types");
  const at = new Date("2026-03-08T06:30:00.123Z"); // a DST change in New York that day
  await sqlQuery(Prisma.sql`UPDATE "User" SET "createdAt" = ${at} WHERE id = ${user.id}`);
  const statement = Prisma.sql`
    SELECT "createdAt", "createdAt"::date AS day, COUNT(*) OVER () AS n,
      json_build_object('at', "createdAt") AS doc, ${at}::timestamptz AS sent
    FROM "User" WHERE id = ${user.id}`;
  const [mine] = await sqlQuery<Record<string, unknown>>(statement);
  const [prismas] = await db.$queryRaw<Record<string, unknown>[]>(statement);
  expect(mine).toEqual(prismas);
  expect(mine!.createdAt).toEqual(at);
  expect(mine!.day).toEqual(new Date("2026-03-08T00:00:00Z"));
  expect(mine!.n).toBe(1n);
  expect(mine!.sent).toEqual(at);
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(row.createdAt).toEqual(at);
});

test("a transaction commits all of its work or none of it", async () => {
  const user = await makeUser("sql-tx");
  const rename = (name: string) =>
    Prisma.sql`UPDATE "User" SET name = ${name} WHERE id = ${user.id}`;
  await expect(
    sqlTransaction(async (tx) => {
      expect(await tx.execute(rename("changed"))).toBe(1);
      throw new Error("stop");
    }),
  ).rejects.toThrow("stop");
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("sql-tx");

  const result = await sqlTransaction(async (tx) => {
    await tx.execute(rename("kept"));
    return tx.query<{ name: string }>(Prisma.sql`SELECT name FROM "User" WHERE id = ${user.id}`);
  });
  expect(result).toEqual([{ name: "kept" }]);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("kept");
});

test("a transaction's row lock holds until it ends", async () => {
  const user = await makeUser("sql-lock");
  const order: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const first = sqlTransaction(async (tx) => {
    await tx.query(Prisma.sql`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`);
    locked();
    await held;
    order.push("first");
  });
  await isLocked;
  const second = sqlTransaction(async (tx) => {
    await tx.query(Prisma.sql`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`);
    order.push("second");
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  release();
  await Promise.all([first, second]);
  expect(order).toEqual(["first", "second"]);
});

test("unique violations are recognised and statements are reported to listeners", async () => {
  const user = await makeUser("sql-unique");
  const seen: string[] = [];
  const stop = onSqlStatement((text) => seen.push(text));
  const error = await sqlQuery(
    Prisma.sql`INSERT INTO "User" (id, email, name, "updatedAt")
      VALUES (${user.id}, ${user.email}, 'twin', now())`,
  ).catch((e: unknown) => e);
  stop();
  await sqlQuery(Prisma.sql`SELECT 1`);
  expect(isUniqueViolation(error)).toBe(true);
  expect(isUniqueViolation(new Error("duplicate"))).toBe(false);
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatch(/^INSERT INTO "User"/);
});

test("a transaction reports its statements and COMMIT, not BEGIN (as Prisma logs)", async () => {
  const seen: string[] = [];
  const stop = onSqlStatement((text) => seen.push(text));
  await sqlTransaction((tx) => tx.query(Prisma.sql`SELECT 1 AS one`));
  stop();
  expect(seen).toEqual(["SELECT 1 AS one", "COMMIT"]);
});
