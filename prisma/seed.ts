// Seeds the database. Demo accounts are only created when asked for (SEED_DEMO=1, which
// `npm start` sets for its embedded database), never by themselves against an external one.
// With the demo instructor comes the demo class (lib/server/seed/seed-demo.ts).
// Run with: npm run db:seed (tsx with the react-server condition, so server modules load).
import { env } from "@/lib/env";
import { db, disconnectDatabase } from "@/lib/server/db";
import { seedDemo } from "@/lib/server/seed/seed-demo";

async function main() {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  try {
    if (env.SEED_DEMO === "1") {
      const { accounts, demoClass } = await seedDemo(db, env.DEMO_PASSWORD);
      for (const r of accounts)
        console.log(`  demo account ${r.email}: ${r.created ? "created" : "up to date"}`);
      if (demoClass)
        console.log(
          `  demo class for instructor@example.com: ${demoClass.learners} learners, ` +
            `${demoClass.attempts} quiz attempts`,
        );
    } else {
      console.log("  demo accounts skipped (set SEED_DEMO=1 to create them)");
    }
  } finally {
    await disconnectDatabase();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
