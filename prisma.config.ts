import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migrate-adapter";

// Prisma 6.19 runs Migrate through its bundled WASM schema engine and a JS driver adapter
// (engine "js"), so no native engine binary is ever downloaded (none can be, offline).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
    return createMigrationAdapter(url, process.env.SHADOW_DATABASE_URL);
  },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
