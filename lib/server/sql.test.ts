// The hand-written SQL path (lib/server/sql.ts) against real PostgreSQL: values and rows must
// come back as Prisma's `$queryRaw` gives them, whatever the process's time zone, and a
// transaction must commit or roll back as a whole.
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import {
  isUniqueViolation,
  MAX_NAMED_PARAMETERS,
  MAX_NAMED_STATEMENTS,
  onSqlStatement,
  sqlQuery,
  sqlTransaction,
  statementName,
  type SqlRunner,
} from "./sql";

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

type Prepared = { name: string; statement: string };
/** The connection's prepared statements whose text mentions `marker`. */
const preparedWith = (tx: SqlRunner, marker: string) =>
  tx.query<Prepared>(Prisma.sql`
    SELECT name, statement FROM pg_prepared_statements
    WHERE statement LIKE ${`%${marker}%`} AND statement NOT LIKE '%pg_prepared_statements%'`);

test("a statement is prepared once per connection and runs again with other values", async () => {
  const users = await Promise.all([1, 2, 3].map((i) => makeUser(`sql-prepared-${i}`)));
  const byId = (id: string) =>
    Prisma.sql`SELECT name AS "preparedName" FROM "User" WHERE id = ${id}`;
  await sqlTransaction(async (tx) => {
    // Beyond PostgreSQL's five custom plans, so a generic plan may serve the later runs.
    for (let run = 0; run < 9; run++) {
      const user = users[run % 3]!;
      const name = `sql-prepared-${(run % 3) + 1}`;
      expect(await tx.query(byId(user.id))).toEqual([{ preparedName: name }]);
    }
    const text = byId("x").text;
    expect(await preparedWith(tx, "preparedName")).toEqual([
      { name: statementName(text, 1), statement: text },
    ]);
  });
});

test("transaction control and bulk writes go unnamed", async () => {
  const values = Array.from({ length: MAX_NAMED_PARAMETERS + 1 }, (_, i) => i);
  const bulk = Prisma.sql`SELECT ${Prisma.join(values)} AS "bulkMarker"`;
  const few = Prisma.sql`SELECT ${Prisma.join(values.slice(0, 3))} AS "fewMarker"`;
  await sqlTransaction(async (tx) => {
    await tx.query(bulk);
    await tx.query(few);
    expect(await preparedWith(tx, "bulkMarker")).toEqual([]);
    expect(await preparedWith(tx, "fewMarker")).toHaveLength(1);
    const control = await tx.query<Prepared>(Prisma.sql`
      SELECT name, statement FROM pg_prepared_statements
      WHERE statement IN ('BEGIN', 'COMMIT', 'ROLLBACK')`);
    expect(control).toEqual([]);
  });
  expect(statementName("BEGIN", 0)).toBeUndefined();
  expect(statementName(bulk.text, MAX_NAMED_PARAMETERS + 1)).toBeUndefined();
});

test("a name depends on the text alone, whatever order a module copy met texts in", async () => {
  // Next can load this module twice over the one pool: the copies must agree on every name.
  vi.resetModules();
  const first = await import("./sql");
  const a = first.statementName("SELECT 'a'", 0);
  const b = first.statementName("SELECT 'b'", 0);
  vi.resetModules();
  const second = await import("./sql");
  expect(second.statementName("SELECT 'b'", 0)).toBe(b);
  expect(second.statementName("SELECT 'a'", 0)).toBe(a);
  expect(a).not.toBe(b);
});

test("a process names a bounded set of texts, then sends new ones unnamed", async () => {
  vi.resetModules();
  const fresh = await import("./sql");
  const names = Array.from({ length: MAX_NAMED_STATEMENTS }, (_, i) =>
    fresh.statementName(`SELECT ${i}`, 0),
  );
  expect(new Set(names).size).toBe(MAX_NAMED_STATEMENTS);
  expect(fresh.statementName("SELECT 'one too many'", 0)).toBeUndefined();
  expect(fresh.statementName("SELECT 0", 0)).toBe(names[0]);
});
