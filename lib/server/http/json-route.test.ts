// The route edge: failures in the domain's words become HTTP statuses in one place, and an
// unexpected error is a logged 500 that carries the request id.
import { afterEach, describe, expect, test, vi } from "vitest";
import { POST as signUp } from "@/app/api/users/route";
import { createLogger, currentRequestId, logger } from "@/lib/server/log";
import { DomainError, fail, FAILURE_CODES } from "@/lib/server/service-result";
import { uniqueEmail } from "@/test/unique";
import { failureResponse, withErrorBoundary } from "./json-route";
import { HTTP_STATUS } from "./status";

afterEach(() => vi.restoreAllMocks());

const request = (body?: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/x", {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json", Origin: "http://localhost", ...headers },
  });

describe("failure codes", () => {
  test.each(FAILURE_CODES.map((code) => [code, HTTP_STATUS[code]]))(
    "%s is answered %i with the envelope and no code",
    async (code, status) => {
      const response = failureResponse(fail(code, "Because.", { name: ["Too long."] }));
      expect(response.status).toBe(status);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.json()).toEqual({
        ok: false,
        error: "Because.",
        fieldErrors: { name: ["Too long."] },
      });
      expect(response.headers.get("cache-control")).toBe("no-store");
    },
  );

  test("a rate-limited failure says when to retry", () => {
    const response = failureResponse({
      ok: false,
      code: "rate_limited",
      error: "Wait.",
      retryAfterSeconds: 90,
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("90");
  });
});

describe("withErrorBoundary", () => {
  test("a domain error thrown inside a service is answered like a returned failure", async () => {
    const handler = withErrorBoundary(async () => {
      throw new DomainError(fail("conflict", "Already submitted."));
    });
    const response = await handler(request("{}"), {});
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ ok: false, error: "Already submitted." });
  });

  test("anything else is a 500 with the request id, logged with its cause", async () => {
    const logged = vi.spyOn(logger, "error");
    const cause = new Error("connection reset");
    const handler = withErrorBoundary(async () => {
      throw cause;
    });
    const response = await handler(request("{}", { "x-request-id": "req-1234abcd" }), {});
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toMatchObject({ ok: false, requestId: "req-1234abcd" });
    expect(body.error).not.toContain("connection reset");
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ err: cause, path: "/api/x" }),
      "request failed",
    );
  });

  test("log lines written while handling a request carry its id; others do not", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const capture = createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) });
    const handler = withErrorBoundary(async () => {
      capture.info({ step: "inside" }, "working");
      return new Response(null, { status: 204 });
    });
    await handler(request("{}", { "x-request-id": "req-5678efgh" }), {});
    capture.info("outside");
    expect(lines).toEqual([
      expect.objectContaining({ msg: "working", step: "inside", requestId: "req-5678efgh" }),
      expect.not.objectContaining({ requestId: expect.anything() }),
    ]);
  });

  test("a request without a usable id gets a fresh one", async () => {
    const seen: Array<string | undefined> = [];
    const handler = withErrorBoundary(async () => {
      seen.push(currentRequestId());
      return new Response(null, { status: 204 });
    });
    await handler(request("{}", { "x-request-id": "<script>alert(1)</script>" }), {});
    await handler(request("{}"), {});
    expect(seen).toHaveLength(2);
    for (const id of seen) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]).not.toBe(seen[1]);
  });
});

describe("sign-up route: each outcome has its own status", () => {
  test("201, then 409 for the same email, 422 for bad input, 400 for non-JSON", async () => {
    const email = uniqueEmail("route");
    const body = JSON.stringify({ name: "Route", email, password: "password-1" });
    expect((await signUp(request(body), {})).status).toBe(201);
    const again = await signUp(request(body), {});
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ fieldErrors: { email: [expect.any(String)] } });
    expect((await signUp(request(JSON.stringify({ email: "x" })), {})).status).toBe(422);
    expect((await signUp(request("{nope"), {})).status).toBe(400);
  });
});
