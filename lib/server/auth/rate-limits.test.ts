import { describe, expect, test } from "vitest";
import { uniqueEmail } from "@/test/unique";
import { clearFailedSignIns, clientIp, isSignInBlocked, recordFailedSignIn } from "./rate-limits";

describe("sign-in rate limit", () => {
  test("blocks an email from 1 address after 10 failures, not others; success clears", async () => {
    const email = uniqueEmail("limit");
    for (let i = 0; i < 9; i++) await recordFailedSignIn(email, "10.0.0.1");
    expect(await isSignInBlocked(email, "10.0.0.1")).toBe(false);
    await recordFailedSignIn(email.toUpperCase(), "10.0.0.1");
    expect(await isSignInBlocked(email, "10.0.0.1")).toBe(true);
    expect(await isSignInBlocked(email, "10.0.0.2")).toBe(false);
    await clearFailedSignIns(email, "10.0.0.1");
    expect(await isSignInBlocked(email, "10.0.0.1")).toBe(false);
  });

  test.each([
    [new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }), "203.0.113.9"],
    [{ "x-forwarded-for": "198.51.100.4" }, "198.51.100.4"],
    [new Headers(), "local"],
    [undefined, "local"],
  ])("clientIp(%o) = %s", (headers, ip) => {
    expect(clientIp(headers)).toBe(ip);
  });
});
