// Issue 12, finding 4: next-auth's redirects (after OAuth, sign-out, its callback-url cookie)
// stay on this site, however the target is spelled.
import { describe, expect, test } from "vitest";
import { authOptions } from "./auth-options";

const baseUrl = "http://localhost:3000";
const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl });

describe("next-auth redirect callback", () => {
  test.each([
    ["/progress?tab=1", `${baseUrl}/progress?tab=1`],
    [`${baseUrl}/quizzes`, `${baseUrl}/quizzes`],
    ["/signin", `${baseUrl}/signin`], // where "sign out everywhere" sends the browser
    ["/\t/evil.example", baseUrl],
    ["/\n/evil.example", baseUrl],
    ["/\\evil.example", baseUrl],
    ["//evil.example/x", baseUrl],
    ["https://evil.example/x", baseUrl],
    ["http://localhost:3001/x", baseUrl],
    ["javascript:alert(1)", baseUrl],
  ])("%o -> %s", async (url, expected) => {
    const out = await redirect(url);
    expect(out).toBe(expected);
    expect(new URL(out).origin).toBe(baseUrl);
  });
});
