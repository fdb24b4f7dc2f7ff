// Issue 12, finding 10: the headers every answer carries, and when session cookies are Secure.
import { describe, expect, test } from "vitest";
import { readEnv, usesSecureCookies } from "./env";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers";

describe("security headers", () => {
  test("CSP: scripts only from here or with this request's nonce, no plugins, no framing", () => {
    const csp = contentSecurityPolicy("abc123", false);
    const directives = new Map(
      csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const),
    );
    expect(directives.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    // The service worker: 'strict-dynamic' would make script-src refuse it.
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(contentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
  });

  test("nonces are fresh and 128 bits", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });

  test("HSTS only in production; COOP and Permissions-Policy always", () => {
    const prod = securityHeaders("n", true);
    const dev = securityHeaders("n", false);
    expect(prod["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(dev["Strict-Transport-Security"]).toBeUndefined();
    for (const h of [prod, dev]) {
      expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin");
      expect(h["Permissions-Policy"]).toContain("camera=()");
    }
  });
});

describe("Secure session cookies", () => {
  test.each([
    [{ NODE_ENV: "production", NEXTAUTH_URL: "https://study.example.org" }, true],
    [{ NODE_ENV: "production", NEXTAUTH_URL: "http://study.example.org" }, true],
    [{ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000" }, false],
    [{ NODE_ENV: "production", EMBEDDED_DATABASE: "1" }, false],
    [{ NODE_ENV: "production" }, true],
    [{ NODE_ENV: "development", NEXTAUTH_URL: "https://study.example.org" }, false],
  ])("%o -> %s", (source, secure) => {
    expect(usesSecureCookies(readEnv(source))).toBe(secure);
  });
});
