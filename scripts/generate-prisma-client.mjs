// Runs `prisma generate` after install. The schema's datasource reads DATABASE_URL, which a
// fresh machine does not have yet; generating needs no connection, so a placeholder will do.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.DATABASE_URL ||= "postgresql://placeholder@localhost:5432/placeholder";
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
