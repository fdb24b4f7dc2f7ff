// The app's server keeps an idle connection open past Node's 5 s, so a client that reuses it
// after a pause is not cut off (scripts/lib/keep-alive.ts).
import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { keepConnectionsAlive } from "./keep-alive";

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A server counting its connections and their closes, and a POST through a keep-alive agent. */
async function serve(configure: (server: Server) => void) {
  let connections = 0;
  let onClose = () => {};
  const closed = new Promise<void>((resolve) => (onClose = resolve));
  const server = createServer((_req, res) => res.end("ok"));
  server.on("connection", (socket) => {
    connections++;
    socket.on("close", onClose);
  });
  configure(server);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true });
  const post = () =>
    new Promise<string>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method: "POST", path: "/", agent }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(body));
      });
      req.on("error", reject);
      req.end("{}");
    });
  return { post, connections: () => connections, closed, agent };
}

describe("keepConnectionsAlive", () => {
  test("a connection idle past Node's 5 s is still open for the next request", async () => {
    const kept = await serve((server) => keepConnectionsAlive(server));
    const plain = await serve(() => undefined); // Node's defaults: the control
    expect(await kept.post()).toBe("ok");
    expect(await plain.post()).toBe("ok");
    // Node closes the control's idle connection 5-6 s on (a request sent on it just then
    // fails with ECONNRESET); by then the kept one is still open and serves the next request.
    const idleSince = Date.now();
    await plain.closed;
    expect(Date.now() - idleSince).toBeGreaterThanOrEqual(4_900);
    expect(await kept.post()).toBe("ok");
    expect(kept.connections()).toBe(1);
    kept.agent.destroy();
    plain.agent.destroy();
  }, 15_000);

  test("the headers' timeout stays above the idle one", () => {
    const server = keepConnectionsAlive(createServer(), 30_000);
    expect(server.keepAliveTimeout).toBe(30_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});
