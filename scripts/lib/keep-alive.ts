import type { Server } from "node:http";

/**
 * How long the app's server keeps an idle kept-alive connection open. Node closes one after
 * 5 s; a client that sends a request on it just as it closes gets ECONNRESET. Browsers retry
 * such a request, but Node's own clients (Playwright's request context among them) do not,
 * and an end-to-end journey that made a request, spent about 5 s in the browser and then
 * posted again failed that way in CI. Clients and proxies keep idle connections for longer
 * (a minute is common for load balancers), so the server keeps them longer still.
 */
export const KEEP_ALIVE_MS = 65_000;

/** Sets the server's idle and header timeouts (Node wants the headers' above the idle one). */
export function keepConnectionsAlive(server: Server, keepAliveMs = KEEP_ALIVE_MS): Server {
  server.keepAliveTimeout = keepAliveMs;
  server.headersTimeout = keepAliveMs + 1_000;
  return server;
}
