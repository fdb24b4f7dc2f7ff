import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino from "pino";
import { env } from "@/lib/env";

/**
 * Structured logs (pino, JSON lines on stdout). Every line written while a request is being
 * handled carries that request's id: the route edge runs the handler inside
 * `withRequestContext`, and the logger's mixin reads the id from there. Services do not log;
 * they return or throw, and the edge logs what reaches it (every 5xx with its cause).
 */
const context = new AsyncLocalStorage<{ requestId: string }>();

/** A logger writing JSON lines to `destination` (stdout by default). */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    mixin: () => {
      const store = context.getStore();
      return store ? { requestId: store.requestId } : {};
    },
    redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash"], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger(env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"));

/** The id the proxy gave this request (or a load balancer before it), else a new one. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && /^[\w.-]{8,128}$/.test(given) ? given : randomUUID();
}

export function withRequestContext<T>(requestId: string, fn: () => T): T {
  return context.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

type ErrorRequest = { path: string; method: string; headers: NodeJS.Dict<string | string[]> };

/** onRequestError (instrumentation.ts): a page or route failed; log it with its request id. */
export function logRequestError(
  error: unknown,
  request: ErrorRequest,
  context: { routePath: string; routeType: string },
): void {
  const header = request.headers["x-request-id"];
  const requestId = Array.isArray(header) ? header[0] : header;
  const digest =
    typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  logger.error(
    {
      err: error,
      digest,
      requestId,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
}
