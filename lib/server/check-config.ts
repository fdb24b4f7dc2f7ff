import "server-only";
import { env, missingProductionSettings } from "@/lib/env";
import { logger } from "@/lib/server/log";

/** Stops a production server that lacks the settings it cannot run safely without. */
export function checkConfigAtStart(): void {
  const missing = missingProductionSettings(env);
  if (missing.length === 0) return;
  for (const message of missing) logger.fatal(message);
  console.error(`\nThe app cannot start:\n${missing.map((m) => `  - ${m}`).join("\n")}\n`);
  process.exit(1);
}
