// The request edge (issue 12, findings 2, 5, 6): hostile paths, bodies and cross-site requests
// are refused with a 4xx in one place, before any service runs, and change nothing.
import { describe, expect, test } from "vitest";
import { POST as signUp } from "@/app/api/users/route";
import { db } from "@/lib/server/db";
import { ok } from "@/lib/server/service-result";
import { uniqueEmail } from "@/test/unique";
import { toJsonResponse, withErrorBoundary } from "./json-route";
import { JSON_BODY_LIMIT } from "./request-guard";

const ORIGIN = "http://localhost";

function post(
  body: BodyInit | null,
  headers: Record<string, string> = {},
  url = `${ORIGIN}/api/x`,
) {
  return new Request(url, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json", Origin: ORIGIN, ...headers },
    duplex: "half",
  } as RequestInit);
}

const signUpBody = (name: string, email = uniqueEmail("edge")) =>
  `{"name":${name},"email":"${email}","password":"password-1"}`;

async function refused(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.ok).toBe(false);
  expect(body.error).toMatch(message);
}

describe("bodies (finding 2): unstorable text is a 400 that names the problem", () => {
  test.each([
    ["a NUL escape", '"Ann\\u0000"', /NUL/],
    ["a lone high surrogate", '"Ann\\ud800"', /surrogate/],
    ["a lone low surrogate", '"\\udc00Ann"', /surrogate/],
    ["a malformed escape", '"Ann\\x41"', /must be JSON/],
    ["a truncated unicode escape", '"Ann\\u12"', /must be JSON/],
  ])("sign-up with %s in the name: 400, no account", async (_what, name, message) => {
    const email = uniqueEmail("edge");
    await refused(await signUp(post(signUpBody(name, email)), {}), 400, message);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test("bytes that are not UTF-8: 400", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"name":"'),
      0xff,
      0xfe,
      0x22,
      0x7d,
    ]);
    await refused(await signUp(post(bytes), {}), 400, /UTF-8/);
  });

  test("a NUL in an object key is refused too", async () => {
    const handler = withErrorBoundary(async () => toJsonResponse(ok(1)));
    expect((await handler(post('{"a\\u0000":1}'), {})).status).toBe(200); // no body read
    await refused(await signUp(post('{"a\\u0000":1}'), {}), 400, /NUL/);
  });
});

describe("paths (finding 2): ids that decode badly or to unstorable text are 400s", () => {
  const handler = withErrorBoundary<{ params: Promise<Record<string, string>> }>(async () =>
    toJsonResponse(ok("ran")),
  );
  test.each([
    ["%00", "/api/sets/%00"],
    ["%ff%fe", "/api/sets/%ff%fe"],
    ["a lone %ed%a0%80 surrogate", "/api/sets/%ed%a0%80"],
  ])("%s in the path", async (_what, path) => {
    const request = new Request(`${ORIGIN}${path}`);
    await refused(await handler(request, { params: Promise.resolve({}) }), 400, /address/);
  });

  test("a decoded parameter with a NUL is refused; a plain one runs", async () => {
    const request = () => new Request(`${ORIGIN}/api/sets/x`);
    const bad = await handler(request(), { params: Promise.resolve({ setId: "a\u0000b" }) });
    await refused(bad, 400, /address/);
    const good = await handler(request(), { params: Promise.resolve({ setId: "abc" }) });
    expect(await good.json()).toEqual({ ok: true, data: "ran" });
  });
});

describe("body size (finding 5): over 64 KB is a 413 before parsing", () => {
  const big = (bytes: number) => signUpBody(JSON.stringify("x".repeat(bytes)));

  test("declared by Content-Length: refused without reading", async () => {
    const email = uniqueEmail("big");
    const body = signUpBody(JSON.stringify("x".repeat(JSON_BODY_LIMIT)), email);
    const request = post(body, { "Content-Length": String(body.length) });
    await refused(await signUp(request, {}), 413, /larger than 64 KB/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test("streamed without a length: cut off at the limit, the rest never read", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"name":"'));
      },
      pull(controller) {
        pulled++;
        if (pulled > 6400)
          controller.close(); // 100 MB if it were all read
        else controller.enqueue(chunk);
      },
    });
    await refused(await signUp(post(stream), {}), 413, /64 KB/);
    expect(pulled).toBeLessThan(10);
  });

  test("just under the limit is read (and then judged on its content)", async () => {
    const response = await signUp(post(big(JSON_BODY_LIMIT - 200)), {});
    expect(response.status).toBe(422); // a name that long is invalid, not too large
  });
});

describe("CSRF (finding 6): changes only as JSON from the app's own origin", () => {
  const handler = withErrorBoundary(async () => toJsonResponse(ok("changed")));
  const send = (method: string, headers: Record<string, string>) =>
    handler(new Request(`${ORIGIN}/api/x`, { method, headers, body: "{}" }), {});

  test.each([
    ["text/plain from the app", { "Content-Type": "text/plain", Origin: ORIGIN }],
    ["form-encoded", { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN }],
    ["JSON from another port", { "Content-Type": "application/json", Origin: `${ORIGIN}:4000` }],
    ["JSON from a null origin", { "Content-Type": "application/json", Origin: "null" }],
    ["JSON with no origin at all", { "Content-Type": "application/json" }],
    [
      "JSON cross-site by Sec-Fetch-Site",
      { "Content-Type": "application/json", "Sec-Fetch-Site": "same-site" },
    ],
  ])("%s: 403", async (_what, headers) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      await refused(await send(method, headers), 403, /this app|application\/json/);
  });

  test.each([
    ["Origin matching", { "Content-Type": "application/json; charset=utf-8", Origin: ORIGIN }],
    [
      "Sec-Fetch-Site same-origin",
      { "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin" },
    ],
  ])("%s: accepted", async (_what, headers) => {
    expect((await send("POST", headers)).status).toBe(200);
  });

  test("a cross-site sign-up creates no account", async () => {
    const email = uniqueEmail("csrf");
    const request = new Request(`${ORIGIN}/api/users`, {
      method: "POST",
      headers: { "Content-Type": "text/plain", Origin: "http://evil.example" },
      body: signUpBody('"Eve"', email),
    });
    expect((await signUp(request, {})).status).toBe(403);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test("reads are not restricted", async () => {
    const response = await handler(
      new Request(`${ORIGIN}/api/x`, { headers: { Origin: "http://evil.example" } }),
      {},
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
