// The app's HTTP server: Next's request handler behind a plain Node server, so that the
// caller's address comes from the socket (see lib/client-address.ts) and not from a header
// the client chose. `npm start` and the end-to-end tests serve through it.
//   tsx scripts/serve.ts [-p PORT] [--dev]
import { createServer } from "node:http";
import next from "next";
import {
  CLIENT_ADDRESS_HEADER,
  resolveClientAddress,
  signClientAddress,
} from "../lib/client-address";
import { readEnv } from "../lib/env";
import { releaseAbortReasonStacks } from "./lib/abort-reason-stack";
import { startIdleCollector } from "./lib/idle-gc";
import { keepConnectionsAlive } from "./lib/keep-alive";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
// What `next start` / `next dev` would set; read by Next and by the app's code it loads.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
const portArg = args.indexOf("-p");
const config = readEnv();
const port = portArg === -1 ? config.PORT : Number(args[portArg + 1]);
const secret = config.NEXTAUTH_SECRET;

// tsx turns Node's source maps on (for its own stack traces), and then Node reads and keeps
// the map of every chunk Next loads: most of the 26 MB of mappings and original sources in a
// heap snapshot after `bench:load`. `next start` runs without them.
if (!dev) process.setSourceMapsEnabled(false);

// Each finished render's abort reason otherwise keeps earlier requests alive in a chain
// (scripts/lib/abort-reason-stack.ts); before Next loads any renderer.
releaseAbortReasonStacks();

const app = next({ dev, port, hostname: "localhost" });
const handle = app.getRequestHandler();

// Gives the heap V8 grew under load back once requests stop (scripts/lib/idle-gc.ts).
const idle = dev ? undefined : startIdleCollector(10_000);

const preparing = performance.now();
await app.prepare();
const prepareMs = performance.now() - preparing;
const server = createServer((request, response) => {
  idle?.noteRequest();
  const address = resolveClientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    config.TRUSTED_PROXY_HOPS,
  );
  // Whatever the client sent under this name is replaced, never passed on.
  if (secret) request.headers[CLIENT_ADDRESS_HEADER] = signClientAddress(address, secret);
  else delete request.headers[CLIENT_ADDRESS_HEADER];
  void handle(request, response);
});
// Idle connections stay open for a minute, not Node's 5 s (scripts/lib/keep-alive.ts).
keepConnectionsAlive(server).listen(port, () => {
  // How long the start took, and how much of it was Next's own preparation (bench:start).
  const started = `${(process.uptime() * 1000).toFixed(0)} ms after launch`;
  const ownMs = `Next's prepare ${prepareMs.toFixed(0)} ms`;
  console.log(
    `▸ Serving on http://localhost:${port}${dev ? " (development)" : ""}, ${started} (${ownMs})`,
  );
});
