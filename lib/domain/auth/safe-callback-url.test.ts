import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  test.each([
    ["/progress", "/progress"],
    ["/library/pfp?tab=facts", "/library/pfp?tab=facts"],
    ["https://evil.example/", "/"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/signin?callbackUrl=/x", "/"],
    ["", "/"],
    [undefined, "/"],
    [["/quizzes", "/x"], "/quizzes"],
  ])("%o -> %s", (input, expected) => {
    expect(safeCallbackUrl(input as string | string[] | undefined)).toBe(expected);
  });

  test("never returns anything but a same-site path", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = safeCallbackUrl(s);
        expect(out.startsWith("/")).toBe(true);
        expect(out.startsWith("//")).toBe(false);
      }),
    );
  });
});
