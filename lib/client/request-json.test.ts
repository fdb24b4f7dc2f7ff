import { describe, expect, test } from "vitest";
import {
  BUSY_MESSAGE,
  OFFLINE_MESSAGE,
  SERVER_ERROR_MESSAGE,
  UNREADABLE_MESSAGE,
  parseRetryAfter,
  refusedMessage,
  requestJson,
  type Fetch,
  type RequestResult,
} from "./request-json";

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

type Reply = { status: number; body?: string; headers?: Record<string, string> };

function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body: JSON.stringify(value), headers };
}

/** A fake fetch that answers `reply` (or throws) and records what it was asked. */
function fakeFetch(reply: Reply | Error) {
  const calls: { url: string; init: RequestInit }[] = [];
  const transport: Fetch = async (url, init) => {
    calls.push({ url, init });
    if (reply instanceof Error) throw reply;
    return new Response(reply.body ?? null, { status: reply.status, headers: reply.headers });
  };
  return { transport, calls };
}

describe("requestJson sorts every reply into ok, rejected or retry", () => {
  const cases: [string, Reply | Error, RequestResult<unknown>][] = [
    ["200 with our envelope", json(200, { ok: true, data: { id: "c1" } }), ok({ id: "c1" })],
    ["201 with our envelope", json(201, { ok: true, data: [1, 2] }), ok([1, 2])],
    ["2xx with data absent", json(200, { ok: true }), ok(undefined)],
    [
      "400 with a message",
      json(400, { ok: false, error: "The request body must be JSON." }),
      rejected(400, "The request body must be JSON."),
    ],
    [
      "401",
      json(401, { ok: false, error: "Sign in to continue." }),
      rejected(401, "Sign in to continue."),
    ],
    [
      "403",
      json(403, { ok: false, error: "Instructors only." }),
      rejected(403, "Instructors only."),
    ],
    ["404 without a body", { status: 404 }, rejected(404, refusedMessage(404))],
    [
      "409 with a message",
      json(409, { ok: false, error: "The attempt is over." }),
      rejected(409, "The attempt is over."),
    ],
    [
      "422 with field errors",
      json(422, {
        ok: false,
        error: "Please check the class details.",
        fieldErrors: { name: ["Enter a name for the class."], description: [] },
      }),
      rejected(422, "Please check the class details.", { name: ["Enter a name for the class."] }),
    ],
    [
      "422 with malformed field errors keeps only string lists",
      json(422, {
        ok: false,
        error: "Nope.",
        fieldErrors: { a: "not a list", b: [1, "kept", ""], c: null },
      }),
      rejected(422, "Nope.", { b: ["kept"] }),
    ],
    [
      "422 whose field errors are not an object",
      json(422, { ok: false, error: "Nope.", fieldErrors: ["x"] }),
      rejected(422, "Nope."),
    ],
    [
      "4xx with an HTML page",
      { status: 413, body: "<h1>Too large</h1>" },
      rejected(413, refusedMessage(413)),
    ],
    [
      "4xx with an empty error",
      json(422, { ok: false, error: "" }),
      rejected(422, refusedMessage(422)),
    ],
    ["network error", new TypeError("Failed to fetch"), retry(null, OFFLINE_MESSAGE)],
    [
      "500 with an HTML page",
      { status: 500, body: "<html>oops</html>" },
      retry(500, SERVER_ERROR_MESSAGE),
    ],
    [
      "500 with our envelope keeps the server's message",
      json(500, { ok: false, error: "The database is unavailable." }),
      retry(500, "The database is unavailable."),
    ],
    ["502 from a proxy", { status: 502 }, retry(502, SERVER_ERROR_MESSAGE)],
    ["503 without Retry-After", { status: 503 }, retry(503, SERVER_ERROR_MESSAGE)],
    [
      "503 with Retry-After seconds",
      { status: 503, headers: { "Retry-After": "120" } },
      retry(503, SERVER_ERROR_MESSAGE, 120),
    ],
    ["408", { status: 408 }, retry(408, BUSY_MESSAGE)],
    ["425", { status: 425 }, retry(425, BUSY_MESSAGE)],
    [
      "429 with a message and Retry-After",
      json(429, { ok: false, error: "Too many sign-ups." }, { "Retry-After": "900" }),
      retry(429, "Too many sign-ups.", 900),
    ],
    [
      "429 with an HTTP-date Retry-After",
      { status: 429, headers: { "Retry-After": new Date(NOW + 30_000).toUTCString() } },
      retry(429, BUSY_MESSAGE, 30),
    ],
    [
      "Retry-After on another status is not reported",
      { status: 500, headers: { "Retry-After": "5" } },
      retry(500, SERVER_ERROR_MESSAGE),
    ],
    [
      "2xx that is not JSON (a captive portal)",
      { status: 200, body: "<html>Log in</html>" },
      retry(200, UNREADABLE_MESSAGE),
    ],
    ["2xx JSON that is not our envelope", json(200, { id: "c1" }), retry(200, UNREADABLE_MESSAGE)],
    ["2xx with ok: false", json(200, { ok: false, error: "?" }), retry(200, UNREADABLE_MESSAGE)],
    ["2xx with an empty body", { status: 204 }, retry(204, UNREADABLE_MESSAGE)],
  ];

  test.each(cases)("%s", async (_name, reply, expected) => {
    const { transport } = fakeFetch(reply);
    const result = await requestJson("/api/x", { method: "POST", body: {} }, transport, () => NOW);
    expect(result).toEqual(expected);
  });
});

describe("requestJson sends JSON the same way every time", () => {
  test.each(["POST", "PUT", "PATCH", "DELETE"] as const)(
    "%s with a body: JSON, same-origin cookies, never cached",
    async (method) => {
      const { transport, calls } = fakeFetch(json(200, { ok: true, data: null }));
      await requestJson("/api/classes", { method, body: { name: "Ana" } }, transport);
      expect(calls).toHaveLength(1);
      const { url, init } = calls[0]!;
      expect(url).toBe("/api/classes");
      expect(init.method).toBe(method);
      expect(init.headers).toEqual({
        Accept: "application/json",
        "Content-Type": "application/json",
      });
      expect(init.body).toBe('{"name":"Ana"}');
      expect(init.credentials).toBe("same-origin");
      expect(init.cache).toBe("no-store");
      expect(init.keepalive).toBeUndefined();
    },
  );

  test.each(["POST", "PUT", "PATCH", "DELETE"] as const)(
    "%s without a body still says it is JSON",
    async (method) => {
      const { transport, calls } = fakeFetch(json(200, { ok: true, data: null }));
      await requestJson("/api/quiz-attempts/a/submit", { method }, transport);
      const { init } = calls[0]!;
      expect(init.body).toBeUndefined();
      expect(init.headers).toMatchObject({ "Content-Type": "application/json" });
    },
  );

  test("GET sends no body and no Content-Type", async () => {
    const { transport, calls } = fakeFetch(json(200, { ok: true, data: null }));
    await requestJson("/api/flashcards/session", {}, transport);
    const { init } = calls[0]!;
    expect(init.method).toBe("GET");
    expect(init.body).toBeUndefined();
    expect(init.headers).toEqual({ Accept: "application/json" });
    expect(init.credentials).toBe("same-origin");
    expect(init.cache).toBe("no-store");
  });

  test("a file goes as is, as application/octet-stream (the import route needs it)", async () => {
    const { transport, calls } = fakeFetch(json(201, { ok: true, data: null }));
    const file = new Blob(["Q {=a ~b}"]);
    await requestJson("/api/sets/s/import?format=gift", { method: "POST", file }, transport);
    expect(calls[0]!.init.body).toBe(file);
    expect(calls[0]!.init.headers).toMatchObject({ "Content-Type": "application/octet-stream" });
  });

  test("keepalive is passed on when asked for", async () => {
    const { transport, calls } = fakeFetch(json(200, { ok: true, data: null }));
    await requestJson("/api/r", { method: "PUT", body: 1, keepalive: true }, transport);
    expect(calls[0]!.init.keepalive).toBe(true);
  });
});

describe("parseRetryAfter", () => {
  test.each([
    [null, undefined],
    ["0", 0],
    [" 42 ", 42],
    ["soon", undefined],
    ["-5", undefined],
    ["1.5", undefined],
    [new Date(NOW + 10_500).toUTCString(), 10], // HTTP dates have whole seconds: 10.5 -> 10
    [new Date(NOW - 60_000).toUTCString(), 0],
  ])("%s -> %s", (header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });
});

function ok(data: unknown): RequestResult<unknown> {
  return { kind: "ok", data };
}

function rejected(status: number, error: string, fieldErrors = {}): RequestResult<unknown> {
  return { kind: "rejected", status, error, fieldErrors };
}

function retry(
  status: number | null,
  error: string,
  retryAfterSeconds?: number,
): RequestResult<unknown> {
  return retryAfterSeconds === undefined
    ? { kind: "retry", status, error }
    : { kind: "retry", status, error, retryAfterSeconds };
}
