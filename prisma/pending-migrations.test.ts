// `npm start` skips the Prisma CLI when every committed migration is applied (it used to spend
// about 10 s of each restart in it): the check must still see any migration not applied.
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  migrateDatabase,
  pendingMigrations,
} from "@/scripts/lib/postgres";

const admin = databaseUrl(process.env.TEST_DATABASE_URL!, "postgres");
const name = `study_test_migrations_${randomBytes(4).toString("hex")}`;
const url = databaseUrl(admin, name);
const committed = readdirSync(path.resolve("prisma", "migrations"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

beforeAll(() => ensureDatabase(admin, name));
afterAll(() => dropDatabase(admin, name));

test("every migration is pending on a new database, none once applied", async () => {
  expect(await pendingMigrations(url)).toEqual(committed);
  expect(await migrateDatabase(url)).toBe(true);
  expect(await pendingMigrations(url)).toEqual([]);
  expect(await migrateDatabase(url)).toBe(false);
}, 120_000);

test("a migration not recorded, unfinished or rolled back is pending", async () => {
  const [first, second, third] = committed;
  await sql(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, [first]);
  await sql(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = $1`, [second]);
  await sql(`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1`, [
    third,
  ]);
  expect(await pendingMigrations(url)).toEqual([first, second, third]);
});
