// The proxy in front of every page and route (issue 12, findings 2 and 4): an address that
// names nothing is a 400 with a message, before any page renders or redirects with it.
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
