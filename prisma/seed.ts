// Seeds the database. Demo accounts are only created when asked for (SEED_DEMO=1, which
// `npm start` sets for its embedded database), never by themselves against an external one.
// Run with: npm run db:seed (tsx with the react-server condition, so server modules load).
import { env } from "@/lib/env";
import { seedDemoAccounts } from "@/lib/server/seed/seed-demo-accounts";
import { createPrismaClient } from "./client";

async function main() {
  const url = env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = createPrismaClient(url);
  try {
    if (env.SEED_DEMO === "1") {
      const results = await seedDemoAccounts(db, env.DEMO_PASSWORD);
      for (const r of results)
        console.log(`  demo account ${r.email}: ${r.created ? "created" : "up to date"}`);
    } else {
      console.log("  demo accounts skipped (set SEED_DEMO=1 to create them)");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
