import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { callbackUrlProblem, safeCallbackUrl } from "./safe-callback-url";

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

describe("safeCallbackUrl", () => {
  test.each([
    ["/progress", "/progress"],
    ["/library/pfp?tab=facts", "/library/pfp?tab=facts"],
    ["https://evil.example/", "/"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    ["/.//evil.example", "/"], // dot segment: the parsed path is //evil.example
    ["/a/..//evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/signin?callbackUrl=/x", "/"],
    ["", "/"],
    [undefined, "/"],
    [["/quizzes", "/x"], "/quizzes"],
    // Issue 12, finding 4: a tab, newline or backslash the browser would drop or turn into `/`.
    ["/%09/evil.example", "/%09/evil.example"], // still encoded: a harmless path here
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["/ /evil.example", "/"],
    ["\\evil.example", "/"],
    ["/\u00e9t\u00e9", "/"],
    ["/progress/../signin", "/"],
    ["/quizzes/./x?y=1#z", "/quizzes/x?y=1#z"],
  ])("%o -> %s", (input, expected) => {
    expect(safeCallbackUrl(input as string | string[] | undefined)).toBe(expected);
  });

  test("whatever it returns, a browser resolves it to this site", () => {
    const base = "https://study.example";
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom("/", "\\", "\t", "\n", "%09", ".", "evil", ":", "@") }),
    );
    fc.assert(
      fc.property(hostile, (s) => {
        const out = safeCallbackUrl(decodeURIComponentSafe(s));
        expect(new URL(out, base).origin).toBe(base);
        expect(out).toMatch(/^\/[\x21-\x7e]*$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("callbackUrlProblem", () => {
  test.each([
    ["/\r\nSet-Cookie:x=1", /printable ASCII/],
    ["/caf\u00e9", /printable ASCII/],
    ["/\t/evil.example", /printable ASCII/],
    ["//evil.example", /on this site/],
    ["https://evil.example", /on this site/],
  ])("%o is refused", (raw, message) => {
    expect(callbackUrlProblem(raw)).toMatch(message);
  });

  test("a plain path passes", () => {
    expect(callbackUrlProblem("/progress?tab=1")).toBeNull();
  });
});
