// Issue 12, finding 1: the address the rate limits key on is the socket's peer, or the entry
// the configured number of trusted proxies appended; a client-written value counts for nothing.
import { describe, expect, test } from "vitest";
import {
  resolveClientAddress,
  signClientAddress,
  UNKNOWN_ADDRESS,
  verifyClientAddress,
} from "./client-address";

describe("resolveClientAddress", () => {
  test.each([
    ["10.0.0.9", undefined, 0, "10.0.0.9"],
    ["10.0.0.9", "6.6.6.6", 0, "10.0.0.9"], // no proxy trusted: the header is ignored
    ["10.0.0.9", "6.6.6.6, 203.0.113.5", 1, "203.0.113.5"], // the proxy's entry, not the claim
    ["10.0.0.9", "6.6.6.6, 203.0.113.5, 10.0.0.2", 2, "203.0.113.5"],
    ["10.0.0.9", ["6.6.6.6", "203.0.113.5"], 1, "203.0.113.5"],
    ["10.0.0.9", undefined, 1, "10.0.0.9"], // fewer entries than hops: the farthest there is
    [undefined, undefined, 0, UNKNOWN_ADDRESS],
  ])("socket %s, X-Forwarded-For %o, %i hops -> %s", (socket, forwarded, hops, expected) => {
    expect(resolveClientAddress(socket, forwarded, hops)).toBe(expected);
  });
});

describe("signed address header", () => {
  const secret = "s".repeat(32);
  test("round-trips, and refuses forgeries and other secrets", () => {
    const value = signClientAddress("2001:db8::1", secret);
    expect(verifyClientAddress(value, secret)).toBe("2001:db8::1");
    expect(verifyClientAddress(value, "t".repeat(32))).toBe(UNKNOWN_ADDRESS);
    expect(verifyClientAddress(value.replace("2001", "2002"), secret)).toBe(UNKNOWN_ADDRESS);
    expect(verifyClientAddress("203.0.113.7", secret)).toBe(UNKNOWN_ADDRESS);
    expect(verifyClientAddress("%E0%A4%A;x", secret)).toBe(UNKNOWN_ADDRESS);
    expect(verifyClientAddress(value, undefined)).toBe(UNKNOWN_ADDRESS);
    expect(verifyClientAddress(null, secret)).toBe(UNKNOWN_ADDRESS);
  });
});
