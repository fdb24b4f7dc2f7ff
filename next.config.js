// @ts-check
import { withSerwist } from "@serwist/turbopack";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Loaded by Node at run time, left alone by the bundler: fsrs-rs's optimiser is a native
  // addon, and sql.js loads its WebAssembly file from its own folder (Anki export).
  serverExternalPackages: ["@open-spaced-repetition/binding", "sql.js"],
  // The YAML content is read at run time from content/ by the server.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

// withSerwist leaves esbuild, which builds the service worker (app/serwist), to Node.
export default withSerwist(nextConfig);
