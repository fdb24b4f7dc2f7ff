// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The YAML content is read at run time from content/ by the server.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
  // sql.js loads its WebAssembly file from its own folder (Anki export, lib/server/interop).
  serverExternalPackages: ["sql.js"],
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

export default nextConfig;
