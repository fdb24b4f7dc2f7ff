// The proxy in front of every page and route (issue 12, findings 2 and 4): an address that
// names nothing is a 400 with a message, before any page renders or redirects with it.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { proxy } from "@/proxy";

const get = (path: string) => proxy(new NextRequest(new URL(path, "http://localhost:3000")));

describe("proxy", () => {
  test.each([
    ["/quizzes/%00", /name nothing/],
    ["/sets/%ff%fe", /malformed/],
    ["/signin?callbackUrl=%2F%0D%0ASet-Cookie%3Ax", /printable ASCII/],
    ["/signin?callbackUrl=%2Fcaf%C3%A9", /printable ASCII/],
    ["/signin?callbackUrl=%2F%09%2Fevil.example", /printable ASCII/],
    ["/signin?callbackUrl=https%3A%2F%2Fevil.example", /on this site/],
  ])("%s: 400", async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  test.each(["/", "/signin?callbackUrl=%2Fprogress%3Ftab%3D1", "/library/pfp"])(
    "%s passes",
    async (path) => {
      expect((await get(path)).status).toBe(200);
    },
  );
});

// A protected page without a session is sent to sign-in here, before it renders; with one, it
// passes. The proxy decodes the cookie with the session check's own decode (its key derived
// once), so these fail if that decode accepts what next-auth's would refuse, or the reverse.
describe("proxy's session check", () => {
  const secret = process.env.NEXTAUTH_SECRET!;
  const claims = { sub: "user-1", email: "learner@example.com" };
  const withCookie = (token: string) =>
    proxy(
      new NextRequest(new URL("/progress", "http://localhost:3000"), {
        headers: { cookie: `next-auth.session-token=${token}` },
      }),
    );
  const signInRedirect = "http://localhost:3000/signin?callbackUrl=%2Fprogress";

  test("a session of this secret passes", async () => {
    const response = await withCookie(await encode({ token: claims, secret }));
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
  });

  test.each([
    ["no cookie", async () => null],
    ["another secret's session", () => encode({ token: claims, secret: `${secret}-other` })],
    ["an expired session", () => encode({ token: claims, secret, maxAge: -60 })],
    ["a tampered session", async () => `${await encode({ token: claims, secret })}x`],
  ])("%s: sent to sign-in", async (_, token) => {
    const value = await token();
    const response = value
      ? await withCookie(value)
      : await proxy(new NextRequest(new URL("/progress", "http://localhost:3000")));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(signInRedirect);
  });
});
