import { describe, expect, test } from "vitest";
import { createServer } from "node:net";
import pg from "pg";
import { db } from "@/lib/server/db";
import { createPrismaClient } from "@/prisma/client";
import { makeUser } from "@/test/make-user";
import { isDatabaseUnavailable } from "./database-unavailable";
import { withErrorBoundary } from "./json-route";

const testUrl = process.env.TEST_DATABASE_URL!;
const timeouts = { connectMs: 1_000, statementMs: 300 };

/** What a query through a real client fails with (it must fail). */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("a database that cannot serve is told apart from other failures", () => {
  test("nothing listening: unavailable", async () => {
    const client = createPrismaClient(
      `postgresql://postgres@127.0.0.1:${await closedPort()}/none`,
      timeouts,
    );
    const error = await failureOf(() => client.$queryRaw`SELECT 1`);
    expect(isDatabaseUnavailable(error)).toBe(true);
    await client.$disconnect();
  });

  test("a statement slower than the statement timeout: unavailable, and cut short", async () => {
    const client = createPrismaClient(testUrl, timeouts);
    const started = Date.now();
    const error = await failureOf(() => client.$queryRaw`SELECT pg_sleep(3)`);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(isDatabaseUnavailable(error)).toBe(true);
    await client.$disconnect();
  });

  test("a database that refuses connections: unavailable", async () => {
    const admin = new URL(testUrl);
    admin.pathname = "/postgres";
    const name = `${new URL(testUrl).pathname.slice(1)}_closed`;
    const adminClient = new pg.Client({ connectionString: admin.toString() });
    await adminClient.connect();
    try {
      await adminClient.query(`CREATE DATABASE "${name}"`);
      await adminClient.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      const url = new URL(testUrl);
      url.pathname = `/${name}`;
      const client = createPrismaClient(url.toString(), timeouts);
      const error = await failureOf(() => client.$queryRaw`SELECT 1`);
      expect(isDatabaseUnavailable(error)).toBe(true);
      await client.$disconnect();
    } finally {
      await adminClient.query(`DROP DATABASE IF EXISTS "${name}"`);
      await adminClient.end();
    }
  });

  test("a constraint violation or a bug is not", async () => {
    const user = await makeUser("unique");
    const error = await failureOf(() =>
      db.user.create({ data: { email: user.email, name: "again" } }),
    );
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });

  test("the route edge answers 503 with Retry-After and a message", async () => {
    const client = createPrismaClient(
      `postgresql://postgres@127.0.0.1:${await closedPort()}/none`,
      timeouts,
    );
    const handler = withErrorBoundary(async () => {
      await client.$queryRaw`SELECT 1`;
      return new Response("unreachable");
    });
    const reply = await handler(new Request("http://localhost/api/anything"), {});
    expect(reply.status).toBe(503);
    expect(Number(reply.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await reply.json()).toMatchObject({ ok: false, error: /briefly unavailable/ });
    const bug = withErrorBoundary(async () => {
      throw new TypeError("x is undefined");
    });
    expect((await bug(new Request("http://localhost/api/anything"), {})).status).toBe(500);
    await client.$disconnect();
  });
});
