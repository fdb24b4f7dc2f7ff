// Issue 12, finding 1: password and join-code guessing is limited per (account, address), per
// address and per account, in PostgreSQL so that every instance counts together; the client
// cannot pick its address, and a stranger cannot lock the owner out for long.
import { randomBytes } from "node:crypto";
import type { Pool } from "pg";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import * as joinRoute from "@/app/api/classes/join/route";
import { CLIENT_ADDRESS_HEADER, signClientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import type { CurrentUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/server/users/create-user";
import { uniqueEmail } from "@/test/unique";
import { getClassByJoinCode } from "../classes/get-class-by-join-code";
import { makeClass, makeInstructor, makeLearner } from "../classes/test-fixtures";
import { authOptions } from "./auth-options";
import {
  key,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  SIGN_IN_LIMITS,
  signInWait,
} from "./rate-limits";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));

const PASSWORD = "right-password-1";
const randomAddress = () => `198.51.100.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;
const signed = (address: string) => signClientAddress(address, env.NEXTAUTH_SECRET!);

async function makeAccount() {
  const email = uniqueEmail("guess");
  const created = await createUser({ name: "Owner", email, password: PASSWORD });
  if (!created.ok) throw new Error(created.error);
  return email;
}

/** next-auth's credentials authorize(), as its route calls it, with these request headers. */
function authorize(email: string, password: string, headers: Record<string, string>) {
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (c: unknown, r: unknown) => Promise<unknown> };
  };
  return provider.options.authorize({ email, password }, { headers });
}

/** Ages every counter of this prefix and key so that its window or block is over. */
async function expire(prefix: string, ...parts: string[]) {
  const stored = `${prefix}:${key(...parts)}`;
  await db.$executeRaw`UPDATE "RateLimit" SET expire = 1 WHERE key = ${stored}`;
}

beforeEach(() => {
  expect(env.NEXTAUTH_SECRET).toBeTruthy();
});

describe("password guessing", () => {
  test("a new X-Forwarded-For per guess buys nothing: after 5, the right one waits", async () => {
    const email = await makeAccount();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) {
      const headers = { "x-forwarded-for": randomAddress() };
      expect(await authorize(email, `wrong-${i}`, headers)).toBeNull();
    }
    const last = authorize(email, PASSWORD, { "x-forwarded-for": randomAddress() });
    await expect(last).rejects.toThrow(/^TooManyAttempts:\d+$/);
  });

  test("a forged address header is not believed", async () => {
    const email = await makeAccount();
    const forged = `${encodeURIComponent("203.0.113.7")};not-a-signature`;
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++)
      await authorize(email, "wrong", { [CLIENT_ADDRESS_HEADER]: forged });
    // Counted under "unknown", not under the forged address.
    expect(await signInWait(email, "203.0.113.7")).toBe(0);
    expect(await signInWait(email, "unknown")).toBeGreaterThan(0);
  });

  test("per (account, address): 5 wrong hold that address 15 minutes, not others", async () => {
    const email = await makeAccount();
    const [a, b] = [randomAddress(), randomAddress()];
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points - 1; i++) await recordFailedSignIn(email, a);
    expect(await signInWait(email, a)).toBe(0);
    await recordFailedSignIn(email.toUpperCase(), a);
    const wait = await signInWait(email, a);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await signInWait(email, b)).toBe(0);
    const ok = await authorize(email, PASSWORD, { [CLIENT_ADDRESS_HEADER]: signed(b) });
    expect(ok).toMatchObject({ email });
  });

  test("per address: one machine trying many accounts is stopped", async () => {
    const address = randomAddress();
    const emails = Array.from({ length: SIGN_IN_LIMITS.address.points }, () => uniqueEmail("x"));
    for (const email of emails) await recordFailedSignIn(email, address);
    expect(await signInWait(uniqueEmail("fresh"), address)).toBeGreaterThan(0);
    expect(await signInWait(uniqueEmail("fresh"), randomAddress())).toBe(0);
  });

  test("per account: many machines get a doubling block, the owner's address not", async () => {
    const email = await makeAccount();
    const owner = randomAddress();
    await recordSuccessfulSignIn(email, owner);
    const strangers = () =>
      Promise.all(
        Array.from({ length: SIGN_IN_LIMITS.account.points }, () =>
          recordFailedSignIn(email, randomAddress()),
        ),
      );
    await strangers();
    const first = await signInWait(email, randomAddress());
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(SIGN_IN_LIMITS.backoff.first);
    expect(await signInWait(email, owner)).toBe(0);
    const ok = await authorize(email, PASSWORD, { [CLIENT_ADDRESS_HEADER]: signed(owner) });
    expect(ok).toMatchObject({ email });

    await expire("sign-in-account", email);
    expect(await signInWait(email, randomAddress())).toBe(0);
    await strangers();
    const second = await signInWait(email, randomAddress());
    expect(second).toBeGreaterThan(SIGN_IN_LIMITS.backoff.first);
    expect(second).toBeLessThanOrEqual(2 * SIGN_IN_LIMITS.backoff.first);
    expect(second).toBeLessThanOrEqual(SIGN_IN_LIMITS.backoff.max);
  });

  test("another instance (fresh modules, its own pool) sees the same counts", async () => {
    const email = await makeAccount();
    const address = randomAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) await recordFailedSignIn(email, address);
    vi.resetModules();
    const holder = globalThis as { rateLimitPool?: Pool };
    const mine = holder.rateLimitPool;
    holder.rateLimitPool = undefined;
    const other = await import("./rate-limits");
    expect(await other.signInWait(email, address)).toBeGreaterThan(14 * 60);
    expect(holder.rateLimitPool).not.toBe(mine);
    await holder.rateLimitPool!.end();
    holder.rateLimitPool = mine;
  });

  test("over the limit, the sign-in route answers 429 with Retry-After and when", async () => {
    const email = await makeAccount();
    const address = randomAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) await recordFailedSignIn(email, address);
    const request = new Request("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        [CLIENT_ADDRESS_HEADER]: signed(address),
      },
      body: new URLSearchParams({ email, password: PASSWORD, csrfToken: "x", json: "true" }),
    });
    const response = await nextAuthPost(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    const body = await response.json();
    expect(body.error).toBe("Too many sign-in attempts. Try again in 15 minutes.");
    expect(new URL(body.url).searchParams.get("error")).toBe(`TooManyAttempts:${retryAfter}`);
  });
});

describe("join-code guessing", () => {
  test("10 wrong codes, then 429 with Retry-After and when", async () => {
    const learner = await makeLearner();
    session.user = { ...learner, name: "L", timeZone: "UTC" };
    const address = randomAddress();
    const join = (code: string) =>
      joinRoute.POST(
        new Request("http://localhost/api/classes/join", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "http://localhost",
            [CLIENT_ADDRESS_HEADER]: signed(address),
          },
          body: JSON.stringify({ code }),
        }),
        { params: Promise.resolve({}) },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await join("ZZZZZZZZ")).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    const limited = statuses[10];
    expect(limited).toBe(429);
    const again = await join("ZZZZZZZZ");
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await again.json()).error).toMatch(
      /Too many wrong join codes\. Try again in \d+ minutes\./,
    );
  });

  test("the join link's page counts wrong codes with joins, not right ones", async () => {
    const learner = await makeLearner();
    session.user = { ...learner, name: "L", timeZone: "UTC" };
    const cls = await makeClass(await makeInstructor());
    const address = randomAddress();
    // Right codes as often as a page is reloaded: never limited.
    for (let i = 0; i < 12; i++)
      expect((await getClassByJoinCode(learner, cls.joinCode, address)).ok).toBe(true);
    const wrong: string[] = [];
    for (let i = 0; i < 10; i++)
      wrong.push(
        ((await getClassByJoinCode(learner, "ZZZZZZZZ", address)) as { code: string }).code,
      );
    expect(wrong).toEqual(Array(10).fill("not_found"));
    // Past the limit the page names no class, right code or not, and joining is refused too.
    expect(await getClassByJoinCode(learner, cls.joinCode, address)).toMatchObject({
      ok: false,
      code: "rate_limited",
      error: expect.stringMatching(/^Too many wrong join codes\. Try again in \d+ minutes\.$/),
    });
    const join = await joinRoute.POST(
      new Request("http://localhost/api/classes/join", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://localhost",
          [CLIENT_ADDRESS_HEADER]: signed(address),
        },
        body: JSON.stringify({ code: cls.joinCode }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(join.status).toBe(429);
  });
});
